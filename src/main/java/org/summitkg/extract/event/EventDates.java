package org.summitkg.extract.event;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.NerMention;

/**
 * The date the words of an event give it: a date expression attached to the event word or to the
 * verb it is an argument of ("talks on Friday", "Monday's meeting", "convened on 3 May for a
 * summit", "the invasion launched in 2022"), as SUTime normalised it against the article's
 * publication date. The precision the text gives is kept: a day ({@code 2024-05-03}), a month
 * ({@code 2024-05}) or a year ({@code 2024}). A date SUTime could not anchor (a weekday in an
 * article without a date, "last week") gives none: nothing is guessed.
 */
final class EventDates {
    /** A day, a month or a year, possibly followed by a time SUTime added. */
    private static final Pattern ABSOLUTE = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T.*)?");
    /** How an event word's phrase hangs from the verb whose date is the event's: "held talks", "talks took place". */
    private static final Set<String> ARGUMENT = Set.of("obj", "obl", "nsubj", "nsubj:pass", "nmod", "xcomp");

    private final AnnotatedArticle article;

    EventDates(AnnotatedArticle article) {
        this.article = article;
    }

    /** The date of the event mentioned at {@code trigger} (its phrase headed by {@code anchor}), or empty. */
    String of(Parse parse, int trigger, int anchor) {
        int governor = parse.parent(anchor);
        boolean argument = governor >= 0 && ARGUMENT.stream().anyMatch(r -> parse.relation(anchor).startsWith(r));
        for (NerMention m : dates(parse)) {
            int head = head(parse, m);
            int attached = parse.parent(head);
            if (attached == trigger || attached == anchor || argument && attached == governor) {
                String value = value(m);
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return "";
    }

    private List<NerMention> dates(Parse parse) {
        int first = parse.sentence().firstToken();
        int end = parse.sentence().endToken();
        return article.annotations().nerMentions().stream()
                .filter(m -> m.type().equals("DATE") && m.firstToken() >= first && m.endToken() <= end).toList();
    }

    /** The token of the mention that the rest of the sentence governs. */
    private static int head(Parse parse, NerMention m) {
        for (int t = m.firstToken(); t < m.endToken(); t++) {
            int p = parse.parent(t);
            if (p < m.firstToken() || p >= m.endToken()) {
                return t;
            }
        }
        return m.firstToken();
    }

    /** The ISO day, month or year of a normalised date, or empty when it is relative or vague. */
    static String value(NerMention m) {
        Matcher iso = ABSOLUTE.matcher(m.normalized());
        return iso.matches() ? iso.group(1) : "";
    }
}
