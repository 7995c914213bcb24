package org.summitkg.evaluate;

import java.util.List;
import java.util.Map;
import org.summitkg.extract.event.EventKind;
import org.summitkg.extract.event.EventLexicon;

/**
 * Scores events (gold items marked borderline left out). A found event matches a gold one when
 * its type fits (one of its classes, or of the same family in {@code lexicon/event-kinds.tsv}: a
 * Summit fits a Meeting; the gold format's ProposedMeeting is a Meeting; Other fits any), its
 * status is the same and it shares a participant; a gold event's {@code alt_types} fit as well as its type. It is fully right when, besides, it has every
 * gold participant, the gold place among its places, and the gold date, where the gold has them.
 */
public final class EventScorer {
    /** The gold format's event types that are not ontology classes, and the kind each stands for. */
    private static final Map<String, String> GOLD_TYPES = Map.of("ProposedMeeting", "Meeting");
    private static final String ANY = "Other";
    private static final Map<String, EventKind> KINDS = EventLexicon.shipped().kinds();

    private final GoldArticle gold;

    public EventScorer(GoldArticle gold) {
        this.gold = gold;
    }

    /** Gold events found with a fitting type, status and a shared participant. */
    public Score found(List<FoundEvent> events) {
        return score(events, false);
    }

    /** Gold events found with type, status, all participants, place and date right. */
    public Score fullyRight(List<FoundEvent> events) {
        return score(events, true);
    }

    private Score score(List<FoundEvent> events, boolean full) {
        List<GoldEvent> golds = gold.events().stream().filter(g -> !g.borderline()).toList();
        int goldFound = (int) golds.stream().filter(g -> events.stream().anyMatch(f -> matches(g, f, full))).count();
        int tp = (int) events.stream().filter(f -> golds.stream().anyMatch(g -> matches(g, f, full))).count();
        return new Score(tp, events.size() - tp, goldFound, golds.size());
    }

    boolean matches(GoldEvent g, FoundEvent f, boolean full) {
        if (g.types().stream().noneMatch(type -> fits(type, f)) || !g.status().equals(f.status())) {
            return false;
        }
        long shared = g.participants().stream().filter(p -> f.participants().stream().anyMatch(l -> names(p, l))).count();
        if (!full) {
            return shared > 0;
        }
        boolean place = g.place() == null || f.places().stream().anyMatch(l -> names(g.place(), l));
        boolean date = g.date() == null || g.date().equals(f.date());
        return shared == g.participants().size() && place && date;
    }

    /** Whether a found event is of a gold type: one of its classes, of the same family, or any for Other. */
    private static boolean fits(String goldType, FoundEvent f) {
        String family = family(GOLD_TYPES.getOrDefault(goldType, goldType));
        return goldType.equals(ANY) || f.types().contains(goldType)
                || family != null && f.types().stream().map(EventScorer::family).anyMatch(family::equals);
    }

    private static String family(String type) {
        EventKind kind = KINDS.get(type);
        return kind == null ? null : kind.family();
    }

    private boolean names(String goldName, String label) {
        return gold.entity(goldName).map(e -> e.hasMention(label)).orElse(goldName.equalsIgnoreCase(label));
    }
}
