package org.summitkg.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityIndex;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.entity.KnownNames;
import org.summitkg.extract.entity.Mention;
import org.summitkg.extract.entity.MentionKind;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Sentence;
import org.summitkg.nlp.Token;

/**
 * Finds each mention of an event word and its arguments in the parse: participants (subject and
 * object of an event verb, "between X and Y", "with X", "X's talks", the subject of "held talks"),
 * places ("in Lyon, France", "the Lyon talks"), a stated date, the status from the
 * words around it (proposed, invited, next, would; if), and who proposed it.
 */
final class EventMentionFinder {

    private final AnnotatedArticle article;
    private final EntityIndex index;
    private final EventLexicon lexicon;
    private final KnownNames knownNames;
    private final EventDates dates;
    private final EventStatusReader statuses;
    private final EventTargets targets;

    EventMentionFinder(AnnotatedArticle article, EntityIndex index, EventLexicon lexicon, KnownNames knownNames) {
        this.knownNames = knownNames;
        this.article = article;
        this.index = index;
        this.lexicon = lexicon;
        this.dates = new EventDates(article);
        this.statuses = new EventStatusReader(article, lexicon);
        this.targets = new EventTargets(article, index, lexicon);
    }

    List<Event> find() {
        List<Event> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            Parse parse = new Parse(s);
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                EventKind type = type(t);
                if (type != null && targets.hasFittingTarget(parse, t)) {
                    out.add(event(parse, t, type));
                }
            }
        }
        return out;
    }

    private EventKind type(int t) {
        Token token = article.token(t);
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        if (token.pos().startsWith("NN")) {
            if (t > 0) {
                String phrase = article.token(t - 1).lemma().toLowerCase(Locale.ROOT) + " " + lemma;
                if (lexicon.nouns().containsKey(phrase)) {
                    return lexicon.nouns().get(phrase);
                }
            }
            return lexicon.nouns().get(lemma);
        }
        return token.pos().startsWith("VB") ? lexicon.verbs().get(lemma) : null;
    }

    private Event event(Parse parse, int trigger, EventKind type) {
        Set<Entity> participants = new LinkedHashSet<>();
        Set<Entity> places = new LinkedHashSet<>();
        arguments(parse, trigger, participants, places);
        // "the next round of talks be held in Cairo": the phrase around the event word takes its role
        int anchor = parse.relation(trigger).startsWith("nmod") && parse.parent(trigger) >= 0
                && article.token(parse.parent(trigger)).pos().startsWith("NN") ? parse.parent(trigger) : trigger;
        if (anchor != trigger) {
            prepositions(parse, anchor, participants, places); // "the next round of talks in Lyon"
        }
        int governor = parse.parent(anchor);
        String role = parse.relation(anchor);
        if (governor >= 0 && article.token(trigger).pos().startsWith("NN")
                && (role.startsWith("obj") && bringsAbout(governor) || role.startsWith("obl") && !isTimeOnly(parse, anchor)
                || role.equals("nsubj:pass"))) {
            subjects(parse, governor).forEach(s -> addAgent(parse, s, participants, places));
            prepositions(parse, governor, participants, places);
        }
        EventStatus status = statuses.status(parse, trigger);
        List<Entity> proposers = status == EventStatus.PROPOSED ? proposers(parse, trigger) : List.of();
        Token t = article.token(trigger);
        Mention mention = new Mention(t.word(), t.begin(), t.end(), t.sentence(), trigger, trigger + 1, MentionKind.NAMED);
        Event.Roles roles = roles(parse, anchor, participants);
        List<Entity> people = participants.stream().filter(e -> !e.type().isPlace() || e.type() == EntityType.COUNTRY).toList();
        people = people.isEmpty() ? proposers : people; // who proposes a meeting is party to it
        return new Event(type, people, placesFirst(places), dates.of(parse, trigger, anchor), status, proposers, roles,
                List.of(mention), statuses.marks(parse, trigger, anchor));
    }

    /** "since the war", "after the talks": the event only dates the clause, whose subject need not have taken part. */
    private boolean isTimeOnly(Parse parse, int phrase) {
        return FunctionWords.EVENT_TIME_PREPOSITIONS.contains(targets.caseOf(parse, phrase));
    }

    /**
     * Whether the subject of a verb whose object is an event takes part in it: a verb that brings
     * it about ({@code event-realising.txt}: "held talks"), proposes it ("proposed a summit") or
     * gives a role ("hosted the talks"), not one that only speaks of it ("praised the talks").
     */
    private boolean bringsAbout(int verb) {
        String lemma = lemma(verb);
        return lexicon.realising().contains(lemma) || lexicon.proposal().contains(lemma) || lexicon.roles().containsKey(lemma)
                || lexicon.verbs().containsKey(lemma);
    }

    /**
     * Who does what an event verb without a subject of its own says: the subject that controls it
     * ("Okafor agreed to meet Keller") or the owner of the noun its clause belongs to ("announced
     * her plan to visit Port Alder").
     */
    private List<Integer> controllers(Parse parse, int verb) {
        List<Integer> out = new ArrayList<>(parse.enhanced(verb, "nsubj:xsubj").stream().filter(c -> !index.resolve(c).isEmpty()).toList());
        if (out.isEmpty() && parse.relation(verb).equals("xcomp")) {
            int head = parse.parent(verb);
            for (int owner : parse.children(head, "obj").stream().flatMap(o -> parse.children(o, "nmod:poss").stream()).toList()) {
                // "Okafor announced her plan": a pronoun owner is the subject, if the clause has one
                out.addAll(article.token(owner).pos().startsWith("PRP") ? parse.children(head, "nsubj") : List.of(owner));
            }
        }
        return out;
    }

    /** A verb's subjects, or those of the verb it is conjoined to ("acknowledged it and promised talks"). */
    private static List<Integer> subjects(Parse parse, int verb) {
        List<Integer> own = parse.children(verb, "nsubj");
        return own.isEmpty() && parse.relation(verb).equals("conj") ? parse.enhanced(verb, "nsubj") : own;
    }

    /**
     * Hosts and mediators ({@code event-roles.tsv}), who take part too: the subject of the verb whose
     * object the event is ("Norway hosted the talks", "Norway hosted Chile for talks": Chile takes
     * part), the agent of a passive ("the talks were mediated by Chile") or of a participle ("talks
     * brokered by the envoy").
     */
    private Event.Roles roles(Parse parse, int anchor, Set<Entity> participants) {
        List<Entity> hosts = new ArrayList<>();
        List<Entity> mediators = new ArrayList<>();
        int governor = parse.parent(anchor);
        String relation = parse.relation(anchor);
        EventLexicon.Role role = governor < 0 ? null : lexicon.roles().get(article.token(governor).lemma().toLowerCase(Locale.ROOT));
        if (role != null && (relation.startsWith("obj") || relation.startsWith("obl"))) {
            List<Entity> who = resolved(parse, parse.enhanced(governor, "nsubj"));
            (role == EventLexicon.Role.HOST ? hosts : mediators).addAll(who);
            if (relation.startsWith("obl")) {
                participants.addAll(resolved(parse, parse.children(governor, "obj")));
            }
        } else if (role != null && (relation.equals("nsubj:pass")
                || relation.equals("nsubj") && article.token(governor).pos().equals("VBN"))) { // "talks hosted by Chile" parsed as a clause
            (role == EventLexicon.Role.HOST ? hosts : mediators).addAll(agents(parse, governor));
        }
        for (int c : parse.children(anchor, "acl")) {
            EventLexicon.Role participle = lexicon.roles().get(article.token(c).lemma().toLowerCase(Locale.ROOT));
            if (participle != null) {
                (participle == EventLexicon.Role.HOST ? hosts : mediators).addAll(agents(parse, c));
            }
        }
        participants.addAll(hosts);
        participants.addAll(mediators);
        return hosts.isEmpty() && mediators.isEmpty() ? Event.Roles.NONE : new Event.Roles(hosts, mediators);
    }

    /** The entities of a passive's agent phrase under a verb ("mediated by Chile"), as the enhanced graph marks it. */
    private List<Entity> agents(Parse parse, int verb) {
        List<Integer> by = new ArrayList<>(parse.enhanced(verb, "obl:agent"));
        parse.enhanced(verb, "obl:by").stream().filter(c -> !by.contains(c)).forEach(by::add);
        return resolved(parse, by);
    }

    /** The parties (not the places) these tokens and their conjuncts name ("Norway and Chile"), as {@link #addResolved} finds them. */
    private List<Entity> resolved(Parse parse, List<Integer> tokens) {
        Set<Entity> parties = new LinkedHashSet<>();
        Set<Entity> places = new LinkedHashSet<>();
        tokens.forEach(t -> addResolved(parse, t, parties, places));
        return new ArrayList<>(parties);
    }

    private void arguments(Parse parse, int trigger, Set<Entity> participants, Set<Entity> places) {
        for (String rel : List.of("nsubj", "obj", "nmod:poss", "compound", "amod")) {
            for (int c : parse.children(trigger, rel)) {
                if (rel.equals("nsubj") || rel.equals("nmod:poss")) {
                    addAgent(parse, c, participants, places); // who acts, or whose the event is
                } else {
                    addResolved(parse, c, participants, places);
                }
            }
        }
        if (article.token(trigger).pos().startsWith("VB") && parse.children(trigger, "nsubj").isEmpty()) {
            controllers(parse, trigger).forEach(c -> addAgent(parse, c, participants, places));
        }
        prepositions(parse, trigger, participants, places);
        for (int c : parse.children(trigger, "compound")) {
            hyphenated(joined(parse, c), participants);
        }
        for (int c : parse.children(trigger, "amod")) {
            hyphenated(article.token(c).word(), participants);
        }
    }

    private void prepositions(Parse parse, int head, Set<Entity> participants, Set<Entity> places) {
        for (String rel : List.of("nmod", "obl")) {
            for (int c : parse.children(head, rel)) {
                String preposition = targets.caseOf(parse, c);
                if (FunctionWords.EVENT_PLACE_PREPOSITIONS.contains(preposition)) {
                    placeChain(parse, c, places);
                } else if (FunctionWords.EVENT_PARTY_PREPOSITIONS.contains(preposition)) {
                    addResolved(parse, c, participants, places);
                }
            }
        }
    }

    /** "in Lyon, France": the place and the places appended to it. */
    private void placeChain(Parse parse, int head, Set<Entity> places) {
        index.resolve(head).stream().filter(e -> e.type().isPlace()).forEach(places::add);
        for (String rel : List.of("appos", "conj", "nmod", "compound")) {
            for (int c : parse.children(head, rel)) {
                index.resolve(c).stream().filter(e -> e.type().isPlace()).forEach(places::add);
            }
        }
    }

    /**
     * The subject or owner of an event word, or the subject of the verb it hangs from ("Port Alder
     * launched its offensive", "Port Alder's offensive"): a capital that acts stands for its
     * country, when the article names that country.
     */
    private void addAgent(Parse parse, int token, Set<Entity> participants, Set<Entity> places) {
        Set<Entity> parties = new LinkedHashSet<>();
        Set<Entity> found = new LinkedHashSet<>();
        addResolved(parse, token, parties, found);
        parties.forEach(e -> participants.add(countryOfCapital(e).orElse(e)));
        found.forEach(e -> countryOfCapital(e).ifPresentOrElse(participants::add, () -> places.add(e)));
    }

    /** The article's country whose capital this entity is named after, if the gazetteer knows it. */
    private Optional<Entity> countryOfCapital(Entity e) {
        return knownNames.countryOfCapital(e.label()).flatMap(name -> index.entities().stream()
                .filter(c -> c.type() == EntityType.COUNTRY && c.label().equals(name)).findFirst());
    }

    /** A token and its conjuncts, as participants or places. */
    private void addResolved(Parse parse, int token, Set<Entity> participants, Set<Entity> places) {
        List<Integer> tokens = new ArrayList<>(List.of(token));
        tokens.addAll(parse.children(token, "conj"));
        tokens.addAll(parse.children(token, "appos"));
        for (int c : parse.children(token, "conj")) {
            tokens.addAll(parse.children(c, "appos"));
        }
        for (int t : tokens) {
            for (Entity e : index.resolve(t)) {
                (e.type().isPlace() && e.type() != EntityType.COUNTRY ? places : participants).add(e);
            }
            if (index.resolve(t).isEmpty() && index.isPeopleNoun(t)) {
                participants.addAll(targets.bodies(parse, t));
            }
        }
    }

    /**
     * "Keller-Moreau summit", "Norway-Chile talks": each part that is the surname or name of a
     * person of the article, or the name a country or organization of the article goes by.
     */
    private void hyphenated(String word, Set<Entity> participants) {
        if (!word.contains("-") && !word.contains("–")) {
            return;
        }
        for (String part : word.strip().split("\\s*[-–]\\s*")) {
            index.entities().stream().filter(e -> named(e, part)).findFirst().ifPresent(participants::add);
        }
    }

    /**
     * A modifier with the names hyphenated to it, which the tokenizer splits ("Keller - Moreau",
     * the first a compound of the second): the text from the first of them to the modifier.
     */
    private String joined(Parse parse, int modifier) {
        int first = modifier;
        for (int c = modifier; !parse.children(c, "compound").isEmpty(); ) {
            c = parse.children(c, "compound").get(0);
            if (c > first) {
                break;
            }
            first = c;
        }
        return article.text(article.token(first).begin(), article.token(modifier).end());
    }

    private static boolean named(Entity e, String part) {
        if (e.type() == EntityType.PERSON) {
            return e.label().equals(part) || e.label().endsWith(" " + part);
        }
        boolean party = e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION;
        return party && (e.label().equals(part) || e.mentions().stream().anyMatch(m -> m.text().equals(part)));
    }

    private String lemma(int t) {
        return article.token(t).lemma().toLowerCase(Locale.ROOT);
    }

    /** The subject (or owner) of the word of proposal above the event. */
    private List<Entity> proposers(Parse parse, int trigger) {
        for (int t = parse.parent(trigger), step = 0; t >= 0 && step < 4; t = parse.parent(t), step++) {
            if (lexicon.proposers().contains(article.token(t).lemma().toLowerCase(Locale.ROOT))) {
                List<Entity> who = new ArrayList<>();
                for (String rel : List.of("nsubj", "nmod:poss")) {
                    parse.enhanced(t, rel).forEach(s -> who.addAll(index.resolve(s)));
                }
                if (who.isEmpty() && parse.parent(t) >= 0) {
                    parse.enhanced(parse.parent(t), "nsubj").forEach(s -> who.addAll(index.resolve(s)));
                }
                return who;
            }
        }
        return List.of();
    }

    private static List<Entity> placesFirst(Set<Entity> places) {
        List<Entity> out = new ArrayList<>(places);
        out.sort(java.util.Comparator.comparingInt(e -> specificity(e.type())));
        return out;
    }

    private static int specificity(EntityType t) {
        return switch (t) {
            case FACILITY -> 0;
            case CITY -> 1;
            case REGION -> 2;
            case PLACE -> 3;
            default -> 4;
        };
    }
}
