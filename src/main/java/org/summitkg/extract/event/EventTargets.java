package org.summitkg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityIndex;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;

/**
 * What an event word's object or target is: the conditions of {@code object} in {@code events.tsv}
 * ("called the mayor" is a call, "called the plan a mistake" is not), and the bodies a noun for
 * people stands for ("UN officials").
 */
final class EventTargets {
    private final AnnotatedArticle article;
    private final EntityIndex index;
    private final EventLexicon lexicon;

    EventTargets(AnnotatedArticle article, EntityIndex index, EventLexicon lexicon) {
        this.article = article;
        this.index = index;
        this.lexicon = lexicon;
    }

    /** Whether an event word's object is of the kind {@code events.tsv} asks for, if it asks, and a verb has no particle. */
    boolean hasFittingTarget(Parse parse, int t) {
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
            case PARTY_IF_OBJECT -> parse.children(t, "obj").stream().allMatch(this::namesSomeone);
            case NO_PERSON_TARGET -> !hasPersonTarget(parse, t);
            case NO_DEMAND -> !isDemand(parse, t);
            case NO_WORKERS -> !isWalkout(parse, t);
        };
    }

    /** "the dockworkers' strike", "a strike by teachers", "went on strike": people who stop work, not arms. */
    private boolean isWalkout(Parse parse, int word) {
        List<Integer> agents = new ArrayList<>(parse.children(word, "nmod:poss"));
        agents.addAll(parse.children(word, "compound"));
        parse.children(word, "nmod").stream().filter(c -> FunctionWords.EVENT_AGENT_PREPOSITIONS.contains(caseOf(parse, c))).forEach(agents::add);
        boolean bare = parse.children(word, "det").isEmpty() && parse.children(word, "nmod:poss").isEmpty();
        boolean onStrike = bare && FunctionWords.DEMAND_ON.contains(caseOf(parse, word));
        return onStrike || agents.stream().anyMatch(index::isPeopleNoun);
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
        return parse.children(verb, "obj").stream().anyMatch(this::namesSomeone);
    }

    /**
     * "a call for reform", "a call for sending aid", "calls on the council to act": a demand, not an
     * event ("a call on Friday" is one: "on" makes a demand only of someone).
     */
    private boolean isDemand(Parse parse, int word) {
        return java.util.stream.Stream.of("nmod", "acl").flatMap(r -> parse.children(word, r).stream())
                .anyMatch(c -> FunctionWords.DEMAND_FOR.contains(caseOf(parse, c)) || FunctionWords.DEMAND_ON.contains(caseOf(parse, c)) && namesSomeone(c));
    }

    /** "attacked the senator", "attacks on the senator": a target that is a person. */
    private boolean hasPersonTarget(Parse parse, int word) {
        List<Integer> targets = new ArrayList<>(parse.children(word, "obj"));
        for (String rel : List.of("nmod", "obl")) {
            parse.children(word, rel).stream().filter(c -> FunctionWords.TARGET_PREPOSITIONS.contains(caseOf(parse, c))).forEach(targets::add);
        }
        return targets.stream().anyMatch(c -> index.resolve(c).stream().anyMatch(e -> e.type() == EntityType.PERSON));
    }

    /** A party (a person, group, organization or country) or a noun for people ("officials"). */
    private boolean namesSomeone(int token) {
        return index.resolve(token).stream().anyMatch(e -> !e.type().isPlace() || e.type() == EntityType.COUNTRY) || index.isPeopleNoun(token);
    }

    /**
     * The bodies a noun for people that names no one is of ("the Assembly's members", "Assembly allies"): they
     * take part through it. Where the modifiers are coordinated ("both Okafor and Assembly leaders"),
     * a person among them takes part too: the phrase is read as "Okafor and the Assembly's leaders".
     */
    List<Entity> bodies(Parse parse, int noun) {
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

    String caseOf(Parse parse, int head) {
        for (int c : parse.children(head, "case")) {
            return article.token(c).word().toLowerCase(Locale.ROOT);
        }
        return "";
    }
}
