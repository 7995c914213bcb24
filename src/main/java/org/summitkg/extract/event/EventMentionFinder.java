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

    EventMentionFinder(AnnotatedArticle article, EntityIndex index, EventLexicon lexicon, KnownNames knownNames) {
        this.knownNames = knownNames;
        this.article = article;
        this.index = index;
        this.lexicon = lexicon;
        this.dates = new EventDates(article);
    }

    List<Event> find() {
        List<Event> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            Parse parse = new Parse(s);
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                EventKind type = type(t);
                if (type != null && hasFittingTarget(parse, t)) {
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
        EventStatus status = status(parse, trigger);
        List<Entity> proposers = status == EventStatus.PROPOSED ? proposers(parse, trigger) : List.of();
        Token t = article.token(trigger);
        Mention mention = new Mention(t.word(), t.begin(), t.end(), t.sentence(), trigger, trigger + 1, MentionKind.NAMED);
        Event.Roles roles = roles(parse, anchor, participants);
        List<Entity> people = participants.stream().filter(e -> !e.type().isPlace() || e.type() == EntityType.COUNTRY).toList();
        people = people.isEmpty() ? proposers : people; // who proposes a meeting is party to it
        return new Event(type, people, placesFirst(places), dates.of(parse, trigger, anchor), status, proposers, roles,
                List.of(mention), marks(parse, trigger, anchor));
    }

    /**
     * Whether a verb's object names someone and nothing says what it calls them: "called the mayor"
     * ("called the UN's envoy", "called UN officials"), not "called the plan a mistake" or "called the
     * Freedonia talks a success"; "called on the mayor" and "called for talks" have no object.
     */
    private boolean hasPartyObject(Parse parse, int verb) {
        if (List.of("xcomp", "ccomp", "compound:prt", "nsubj:pass", "iobj").stream().anyMatch(r -> !parse.children(verb, r).isEmpty())) {
            return false; // "called the plan a mistake", however it is parsed
        }
        return parse.children(verb, "obj").stream().anyMatch(o -> isParty(o) || index.isPeopleNoun(o) && !bodies(parse, o).isEmpty());
    }

    /** Whether an event word's object is of the kind {@code events.tsv} asks for, if it asks, and a verb has no particle. */
    private boolean hasFittingTarget(Parse parse, int t) {
        boolean verb = article.token(t).pos().startsWith("VB");
        if (verb && !parse.children(t, "compound:prt").isEmpty()) {
            return false; // "signed up", "shelled out": a verb with a particle is another verb
        }
        EventLexicon.Target target = lexicon.targets().get(EventLexicon.key(article.token(t).lemma(), verb));
        if (target == null) {
            return true;
        }
        return switch (target) {
            case PARTY_OBJECT -> hasPartyObject(parse, t);
            case PARTY_IF_OBJECT -> parse.children(t, "obj").stream().allMatch(o -> isParty(o) || index.isPeopleNoun(o));
            case NO_PERSON_TARGET -> !hasPersonTarget(parse, t);
            case NO_DEMAND -> !isDemand(parse, t);
        };
    }

    /** "a call for reform", "a call for sending aid", "calls on the council to act": a demand, not an event. */
    private boolean isDemand(Parse parse, int word) {
        return java.util.stream.Stream.of("nmod", "acl").flatMap(r -> parse.children(word, r).stream())
                .anyMatch(c -> FunctionWords.DEMAND_FOR.contains(caseOf(parse, c)) || FunctionWords.DEMAND_ON.contains(caseOf(parse, c)));
    }

    /** "attacked the senator", "attacks on the senator": a target that is a person. */
    private boolean hasPersonTarget(Parse parse, int word) {
        List<Integer> targets = new ArrayList<>(parse.children(word, "obj"));
        for (String rel : List.of("nmod", "obl")) {
            parse.children(word, rel).stream().filter(c -> FunctionWords.TARGET_PREPOSITIONS.contains(caseOf(parse, c))).forEach(targets::add);
        }
        return targets.stream().anyMatch(c -> index.resolve(c).stream().anyMatch(e -> e.type() == EntityType.PERSON));
    }

    private boolean isParty(int token) {
        return index.resolve(token).stream().anyMatch(e -> !e.type().isPlace() || e.type() == EntityType.COUNTRY);
    }

    /** "since the war", "after the talks": the event only dates the clause, whose subject need not have taken part. */
    private boolean isTimeOnly(Parse parse, int phrase) {
        return FunctionWords.EVENT_TIME_PREPOSITIONS.contains(caseOf(parse, phrase));
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
                String preposition = caseOf(parse, c);
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
                participants.addAll(bodies(parse, t));
            }
        }
    }

    /**
     * The bodies a noun for people that names no one is of ("the Assembly's members", "Assembly allies"): they
     * take part through it. Where the modifiers are coordinated ("both Okafor and Assembly leaders"),
     * a person among them takes part too: the phrase is read as "Okafor and the Assembly's leaders".
     */
    private List<Entity> bodies(Parse parse, int noun) {
        List<Entity> out = new ArrayList<>();
        for (String rel : List.of("compound", "nmod:poss")) {
            for (int c : parse.children(noun, rel)) {
                List<Integer> coordinated = parse.children(c, "conj");
                List<Integer> modifiers = new ArrayList<>(List.of(c));
                modifiers.addAll(coordinated);
                for (int m : modifiers) {
                    index.resolve(m).stream().filter(e -> e.type() == EntityType.ORGANIZATION || e.type() == EntityType.COUNTRY
                            || e.type() == EntityType.PERSON && !coordinated.isEmpty()).forEach(out::add);
                }
            }
        }
        return out;
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

    private String caseOf(Parse parse, int head) {
        for (int c : parse.children(head, "case")) {
            return article.token(c).word().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    private Set<Event.Mark> marks(Parse parse, int trigger, int anchor) {
        Set<Event.Mark> out = java.util.EnumSet.noneOf(Event.Mark.class);
        if (modifiedBy(parse, trigger, anchor, lexicon.continuation()::contains)) {
            out.add(Event.Mark.NEXT);
        }
        if (modifiedBy(parse, trigger, anchor, FunctionWords.JOINT::contains)) {
            out.add(Event.Mark.JOINT);
        }
        if (isUntensed(parse, trigger)) {
            out.add(Event.Mark.UNTENSED);
        }
        if (article.token(parse.sentence().endToken() - 1).word().equals("?")) {
            out.add(Event.Mark.ASKED);
        }
        return out;
    }

    /** Whether such a word modifies the event word or the phrase it heads: "the next meeting", "another round of talks", "their joint remarks". */
    private boolean modifiedBy(Parse parse, int trigger, int anchor, java.util.function.Predicate<String> words) {
        for (int head : new LinkedHashSet<>(List.of(trigger, anchor))) {
            for (String rel : List.of("amod", "compound", "det", "advmod")) {
                for (int c : parse.children(head, rel)) {
                    if (words.test(article.token(c).word().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether no verb, auxiliary or copula stands above the event word: a heading or a list item ("Talks with Freedonia: what next"). */
    private boolean isUntensed(Parse parse, int trigger) {
        for (int t = trigger; t >= 0; t = parse.parent(t)) {
            String pos = article.token(t).pos();
            if (pos.startsWith("VB") || pos.equals("MD") || !parse.children(t, "cop").isEmpty() || !parse.children(t, "aux").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hypothetical under "if"/"unless" or a modal perfect (but a definite event a negated one
     * denies, "the strike would never have happened", happened); proposed near words of proposal or a
     * modal; else happened. Only the event word's own clause counts: the words up to the first
     * verb above it that has a subject.
     */
    private EventStatus status(Parse parse, int trigger) {
        Set<Integer> around = new LinkedHashSet<>();
        for (int t = trigger, below = trigger, step = 0; t >= 0 && step < 4; below = t, t = parse.parent(t), step++) {
            if (t != trigger && isPresupposed(parse, trigger, below, t)) {
                break; // "the meeting may not have changed much": the verb's modality is not the meeting's
            }
            around.add(t);
            for (String rel : List.of("aux", "mark", "amod", "advmod")) {
                around.addAll(parse.children(t, rel));
            }
            if (t == trigger && parse.relation(t).equals("xcomp")) {
                around.addAll(parse.children(parse.parent(t), "obj")); // "announced his plan to visit": the clause is the noun's
            }
            if (t != trigger && isClause(parse, t)) {
                break; // "since the mayor attended a summit in 2019": the event's own clause says how it stands
            }
        }
        boolean perfectModal = around.stream().anyMatch(t -> FunctionWords.PERFECT_AUXILIARY.contains(article.token(t).lemma()))
                && around.stream().anyMatch(t -> article.token(t).pos().equals("MD"));
        if (perfectModal && isDefinite(parse, trigger) && around.stream().anyMatch(t -> FunctionWords.NEGATIONS.contains(article.token(t).word()))) {
            return EventStatus.HAPPENED; // "the war would never have happened if …": it did
        }
        if (perfectModal || around.stream().anyMatch(t -> lexicon.hypothetical().contains(article.token(t).word()))) {
            return EventStatus.HYPOTHETICAL;
        }
        boolean proposed = around.stream().anyMatch(t -> t != trigger
                && (lexicon.proposal().contains(article.token(t).lemma()) || lexicon.proposal().contains(article.token(t).word())));
        return proposed ? EventStatus.PROPOSED : EventStatus.HAPPENED;
    }

    /**
     * Whether the event word is definite ("the talks", "their meeting") and the verb above it, through
     * {@code below}, does not bring it about ({@code event-realising.txt}, or a word of proposal with
     * a subject and nothing after it that does: "the talks were expected to address the war"), so that
     * the event is taken as given and the verb's modality is not its own.
     */
    private boolean isPresupposed(Parse parse, int trigger, int below, int verb) {
        if (!isDefinite(parse, trigger) || !article.token(verb).pos().startsWith("VB")) {
            return false;
        }
        if (below != trigger) {
            return true; // "offered insight into the talks": the verb is of another noun, whose own words have counted
        }
        String relation = parse.relation(below);
        if (lexicon.realising().contains(lemma(verb))) {
            return false;
        }
        if (!lexicon.proposal().contains(lemma(verb))) {
            return true;
        }
        List<Integer> then = parse.children(verb, "xcomp");
        return relation.startsWith("nsubj") && !then.isEmpty() && then.stream().noneMatch(x -> lexicon.realising().contains(lemma(x)));
    }

    private boolean isDefinite(Parse parse, int noun) {
        return !parse.children(noun, "nmod:poss").isEmpty()
                || parse.children(noun, "det").stream().anyMatch(d -> FunctionWords.DEFINITE_DETERMINERS.contains(article.token(d).word()));
    }

    private String lemma(int t) {
        return article.token(t).lemma().toLowerCase(Locale.ROOT);
    }

    /** A verb with a subject of its own. */
    private boolean isClause(Parse parse, int t) {
        return article.token(t).pos().startsWith("VB") && !parse.children(t, "nsubj").isEmpty();
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
