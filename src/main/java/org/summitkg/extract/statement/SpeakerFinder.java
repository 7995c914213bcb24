package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitkg.extract.entity.DescribedSpeakers;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityIndex;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.parse.Datelines;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Sentence;
import org.summitkg.nlp.Token;

/**
 * Finds who is speaking for a verb or noun of saying: its subject (through conjunctions,
 * participles and control: "Keller shrugged it off, stressing …"), the owner of a noun ("Moreau's
 * claim"), or, for list items with no subject, the person named in the heading above them
 * ("Louis Moreau's Remarks").
 */
final class SpeakerFinder {
    /** Relations through which a clause without a subject takes its governor's. */
    private static final Set<String> INHERITS = Set.of("advcl", "xcomp", "conj", "acl", "dep", "obj", "nmod", "obl",
            "parataxis", "ccomp");
    /** The longest apposition between a name and its verb of saying that {@link #nameBefore} looks over (", a planner at the port,"). */
    private static final int MAX_APPOSITION_WORDS = 8;
    private static final int MAX_CLIMB = 4;
    /** A subject headed by a determiner, number or adjective standing alone: "some", "several", "two of them", "many". */
    private static final Set<String> QUANTITY_HEADS = Set.of("DT", "CD", "JJ");
    private static final int HEADING_LOOKBACK = 15;
    private static final int HEADING_MAX_TOKENS = 10;

    private final AnnotatedArticle article;
    private final EntityIndex index;
    private final DescribedSpeakers described;
    private final Lexicons lexicons;

    SpeakerFinder(AnnotatedArticle article, EntityIndex index, Lexicons lexicons) {
        this.article = article;
        this.index = index;
        this.described = new DescribedSpeakers(article, lexicons, index.entities());
        this.lexicons = lexicons;
    }

    EntityIndex index() {
        return index;
    }

    /** Who "according to" names: an entity, or else the source as the article describes it. */
    List<Entity> source(Parse parse, int head) {
        return source(parse, head, head);
    }

    /** A source as {@link #source(Parse, int)} gives it, a description running at least to token {@code through}. */
    private List<Entity> source(Parse parse, int head, int through) {
        List<Entity> known = index.resolve(head);
        if (!known.isEmpty()) {
            return known;
        }
        Entity described = this.described.source(parse, head, through);
        return described == null ? List.of() : List.of(described);
    }

    /** The speakers of the cue token, or null when nobody can be named. */
    Attribution speakerOf(Parse parse, int cue) {
        List<Entity> inverted = invertedObject(parse, cue);
        inverted = inverted.isEmpty() ? inverted(parse, cue) : inverted;
        if (!inverted.isEmpty()) {
            return new Attribution(inverted, SpeakerRule.INVERTED_SUBJECT);
        }
        List<Entity> agent = agent(parse, cue);
        if (!agent.isEmpty()) {
            return new Attribution(agent, SpeakerRule.AGENT);
        }
        List<Entity> by = byAgent(parse, cue);
        if (!by.isEmpty()) {
            return new Attribution(by, SpeakerRule.AGENT);
        }
        int reduced = participleSubject(parse, cue);
        List<Entity> document = reduced < 0 ? List.of() : source(parse, reduced, participleEnd(parse, cue));
        if (!document.isEmpty()) {
            return new Attribution(document, index.resolve(reduced).isEmpty() ? SpeakerRule.DESCRIBED_SUBJECT : SpeakerRule.SUBJECT);
        }
        if (isCoordinatedCue(parse, cue) && parse.relation(parse.parent(cue)).equals("ccomp")) {
            Attribution outer = speakerOf(parse, parse.parent(parse.parent(cue)));
            if (outer != null) {
                return new Attribution(outer.speakers(), SpeakerRule.INHERITED_SUBJECT);
            }
        }
        List<Entity> before = nameBefore(parse, cue);
        if (!before.isEmpty()) {
            return new Attribution(before, SpeakerRule.SUBJECT);
        }
        // "…, highlighting areas of agreement", parsed as an adjective: whoever the noun's clause names
        int token = article.token(cue).pos().equals("VBG") && parse.relation(cue).equals("amod") ? parse.parent(cue) : cue;
        for (int step = 0; step <= MAX_CLIMB && token >= 0; step++) {
            List<Entity> found = subject(parse, token);
            if (!found.isEmpty()) {
                return new Attribution(found, step == 0 ? SpeakerRule.SUBJECT : SpeakerRule.INHERITED_SUBJECT);
            }
            if (hasSubject(parse, token)) {
                int head = firstSubject(parse, token);
                Entity who = described.of(parse, head);
                if (who == null && token == cue && isSayingVerb(cue) && head >= 0 && article.token(head).pos().equals("NN")) {
                    who = described.source(parse, head); // "the self-taught economist said …": a verb of saying makes its subject a source
                }
                if (who != null) {
                    return new Attribution(withCoordinated(parse, head, who), SpeakerRule.DESCRIBED_SUBJECT);
                }
                List<Entity> body = token == cue && isSayingVerb(cue) && isThingPronoun(head) ? index.organisationBefore(head) : List.of();
                if (!body.isEmpty()) {
                    return new Attribution(body, SpeakerRule.SUBJECT); // "It said …": the organisation just named
                }
                who = token == cue && (isSayingVerb(cue) && !isThingPronoun(head) || standsForPeople(parse, head)) ? described.unresolved(parse, head) : null;
                return who == null ? null : new Attribution(List.of(who), SpeakerRule.UNRESOLVED_SUBJECT);
            }
            if (!INHERITS.contains(base(parse.relation(token)))) {
                break;
            }
            token = parse.parent(token);
        }
        Attribution modified = modifiedNoun(parse, cue);
        if (modified != null) {
            return modified;
        }
        return isSubjectless(parse) ? heading(parse.sentence()) : null;
    }

    /**
     * A described speaker with the descriptions coordinated with it: "security experts and port
     * officials said" is both groups.
     */
    private List<Entity> withCoordinated(Parse parse, int head, Entity first) {
        List<Entity> all = new ArrayList<>(List.of(first));
        for (int other : parse.children(head, "conj")) {
            Entity also = described.of(parse, other);
            if (also != null && !all.contains(also)) {
                all.add(also);
            }
        }
        return all;
    }

    /**
     * A cue coordinated with another clause, without a subject of its own and with a clause
     * after it ("… that the pier stays open and added that …"): whose it is depends on where the
     * parser hung it.
     */
    static boolean isCoordinatedCue(Parse parse, int cue) {
        return parse.relation(cue).startsWith("conj") && parse.children(cue, "nsubj").isEmpty()
                && !parse.children(cue, "ccomp").isEmpty() && parse.parent(cue) >= 0;
    }

    /** "they said", "some fear", "many believe", "two of them said": a pronoun or a quantity that stands for people. */
    private boolean standsForPeople(Parse parse, int t) {
        if (t < 0) {
            return false;
        }
        Token token = article.token(DescribedSpeakers.quantity(parse, t));
        if (token.pos().equals("PRP")) {
            // "… the Threat They Fear": a capital inside a sentence is a headline's, not a speaker's
            boolean headline = Character.isUpperCase(token.word().charAt(0)) && !token.word().equals("I")
                    && t > article.sentences().get(token.sentence()).firstToken();
            return !headline && FunctionWords.SPEAKING_PRONOUNS.contains(token.word());
        }
        return QUANTITY_HEADS.contains(token.pos()) && !FunctionWords.DEMONSTRATIVES.contains(token.word()); // "this shows" is a thing's
    }

    /** "it", "this": a pronoun no one speaks as when nothing resolves it. */
    private boolean isThingPronoun(int t) {
        return t >= 0 && article.token(t).pos().startsWith("PRP") && !FunctionWords.SPEAKING_PRONOUNS.contains(article.token(t).word());
    }

    /** A verb whose subject speaks whatever noun names it ({@code speaking-verbs} lexicon). */
    private boolean isSayingVerb(int t) {
        Token token = article.token(t);
        return token.pos().startsWith("VB") && lexicons.speakingVerbs().contains(token.lemma());
    }

    /** Whether a passive cue names who spoke: "she was told by the board that …". */
    boolean hasAgent(Parse parse, int cue) {
        return !agent(parse, cue).isEmpty();
    }

    /** The agent of a passive cue: "asked by a reporter whether …", "was announced by the ministry". */
    private List<Entity> agent(Parse parse, int cue) {
        if (!article.token(cue).pos().equals("VBN") || !parse.enhanced(cue, "nsubj").isEmpty()) {
            return List.of();
        }
        for (int a : parse.agents(cue)) {
            List<Entity> who = knownOrDescribed(parse, a);
            if (!who.isEmpty()) {
                return who;
            }
        }
        return List.of();
    }

    /** "remarks by the mayor", "a statement issued by the ministry": who made the noun cue, named after "by". */
    private List<Entity> byAgent(Parse parse, int cue) {
        int verb = parse.parent(cue);
        boolean saidIn = verb >= 0 && parse.relation(cue).startsWith("obl") && lexicons.speechVerbs().contains(article.token(verb).lemma())
                && parse.children(cue, "case").stream().anyMatch(c -> FunctionWords.SETTING_PREPOSITIONS.contains(article.token(c).word()));
        if (!article.token(cue).pos().startsWith("NN") || saidIn) {
            return List.of(); // "said in a statement released by the firm": the one who said it
        }
        List<Integer> heads = new ArrayList<>(parse.children(cue, "nmod"));
        for (int acl : parse.children(cue, "acl")) {
            if (acl == cue + 1 && article.token(acl).pos().equals("VBN")) {
                heads.addAll(parse.agents(acl)); // "a statement issued by the ministry"
            }
        }
        for (int h : heads) {
            boolean by = parse.children(h, "case").stream().anyMatch(c -> FunctionWords.EVENT_AGENT_PREPOSITIONS.contains(article.token(c).word()));
            if (by || parse.relation(h).equals("obl:agent")) {
                List<Entity> who = knownOrDescribed(parse, h);
                if (!who.isEmpty()) {
                    return who;
                }
            }
        }
        return List.of();
    }

    /**
     * "A report published on Friday showed …", "Exit polls taken in Freedonia found …", parsed as
     * if the participle that describes the noun were its verb, with the cue hung from it or it from
     * the cue: the participle's subject is the cue's, or -1.
     */
    private int participleSubject(Parse parse, int cue) {
        if (hasSubject(parse, cue)) {
            return -1;
        }
        for (int c : parse.children(cue, "csubj")) {
            if (c < cue && isBareParticiple(parse, c) && firstSubject(parse, c) >= 0) {
                return firstSubject(parse, c);
            }
        }
        int p = parse.parent(cue);
        boolean hung = parse.relation(cue).equals("dep") || parse.relation(cue).equals("parataxis") || parse.relation(cue).equals("ccomp");
        int subject = p >= 0 && p < cue && hung && isBareParticiple(parse, p) ? firstSubject(parse, p) : -1;
        return subject >= 0 && subject < p ? subject : -1;
    }

    /**
     * The last word of the participle phrase {@link #participleSubject} read as the cue's subject
     * ("Exit polls taken in Freedonia" found …), before the cue and not punctuation.
     */
    private int participleEnd(Parse parse, int cue) {
        int p = parse.children(cue, "csubj").stream().filter(c -> c < cue).findFirst().orElse(parse.parent(cue));
        int end = p;
        for (int c : parse.children(p, "")) {
            int[] span = parse.span(c);
            if (c > p && c < cue && span[1] < cue && !parse.relation(c).equals("punct")) {
                end = Math.max(end, span[1]);
            }
        }
        return end;
    }

    /**
     * "a campaign group backing Okafor", "a letter saying the pier would close": a cue in "-ing"
     * that modifies a noun, with no subject of its own, is that noun's, when the noun names an
     * entity or a speaker the article describes and no clause above gives the cue a speaker.
     */
    private Attribution modifiedNoun(Parse parse, int cue) {
        int noun = parse.parent(cue);
        if (!parse.relation(cue).equals("acl") || !article.token(cue).pos().equals("VBG") || hasSubject(parse, cue) || noun < 0 || noun > cue) {
            return null;
        }
        List<Entity> who = knownOrDescribed(parse, noun);
        return who.isEmpty() ? null : new Attribution(who, index.resolve(noun).isEmpty() ? SpeakerRule.DESCRIBED_SUBJECT : SpeakerRule.SUBJECT);
    }

    /** A past participle with no auxiliary: "taken", not "were taken". */
    private boolean isBareParticiple(Parse parse, int t) {
        return article.token(t).pos().equals("VBN") && parse.children(t, "aux").isEmpty();
    }

    private int firstSubject(Parse parse, int token) {
        List<Integer> subjects = parse.enhanced(token, "nsubj").stream().filter(t -> !isDateline(parse, t)).toList();
        return subjects.isEmpty() ? firstOf(parse.enhanced(token, "nsubj"), parse, token) : antecedent(parse, token, subjects.get(0));
    }

    private int firstOf(List<Integer> subjects, Parse parse, int token) {
        return subjects.isEmpty() ? -1 : antecedent(parse, token, subjects.get(0));
    }

    /** Whether a token is a dateline's place (see {@link #datelineDash}). */
    private boolean isDateline(Parse parse, int t) {
        return datelineDash(parse, t) >= 0;
    }

    /** The dash of the dateline whose place token {@code t} is, or -1 ({@link Datelines} says what a dateline is). */
    private int datelineDash(Parse parse, int t) {
        return Datelines.dash(article, parse.sentence(), t);
    }

    /**
     * "the mayor, who said …": a relative pronoun subject stands for the noun its clause modifies,
     * or, where the parser hung the clause elsewhere, for the noun right before the pronoun.
     */
    private int antecedent(Parse parse, int verb, int subject) {
        if (!article.token(subject).isRelativeWord()) {
            return afterDateline(parse, subject);
        }
        if (parse.relation(verb).startsWith("acl")) {
            return parse.parent(verb);
        }
        int before = subject - 1;
        while (before >= parse.sentence().firstToken() && article.token(before).pos().equals(",")) {
            before--;
        }
        return before >= parse.sentence().firstToken() && article.token(before).pos().startsWith("NN") ? before : subject;
    }

    /**
     * "PORT ALDER — Mayor Okafor said …", parsed with the dateline as the subject: the subject is
     * the noun phrase after the dash ({@link #datelineDash} says what a dateline is).
     */
    private int afterDateline(Parse parse, int subject) {
        int dash = datelineDash(parse, subject);
        if (dash < 0) {
            return subject;
        }
        int after = parse.children(subject, "dep").stream().filter(d -> d > dash).findFirst()
                .or(() -> parse.children(subject, "appos").stream().filter(d -> d > dash).findFirst()).orElse(subject);
        return beforeBracket(parse, after, dash);
    }

    /**
     * "PORT ALDER — Mayor Lindqvist (Harbour Party) said", parsed with the bracketed party as the
     * dateline's apposition: the noun right before the opening bracket, not what the bracket holds.
     */
    private int beforeBracket(Parse parse, int noun, int dash) {
        int first = noun;
        while (first - 1 > dash && parse.parent(first - 1) == noun && parse.relation(first - 1).equals("compound")) {
            first--; // "Harbour Party": the name's own words
        }
        int open = first - 1;
        boolean bracketed = open - 1 > dash && article.token(open).pos().equals("-LRB-");
        return bracketed && article.token(open - 1).pos().startsWith("NN") ? open - 1 : noun;
    }

    /** "“…,” said Keller": the name right after a verb that follows the closing quote. */
    private List<Entity> inverted(Parse parse, int cue) {
        if (cue < 1 || cue + 1 >= article.tokens().size() || !article.token(cue).pos().startsWith("VB") || article.token(cue).pos().equals("VBG")) {
            return List.of(); // "…, saying he was …" is no inversion: who follows heard it or is talked of
        }
        if (parse.children(cue, "obj").contains(cue + 1) || parse.children(cue, "iobj").contains(cue + 1)) {
            return List.of(); // "“…,” Okafor told Harbour Radio": who follows the verb heard it
        }
        String before = article.token(cue - 1).word();
        boolean quoteBefore = before.equals("''") || before.equals("”") || before.equals("\"");
        if (!quoteBefore && !before.equals(",") || article.token(cue + 1).sentence() != article.token(cue).sentence()) {
            return List.of();
        }
        // "Moreau thanked the hosts, stressed Freedonia's concerns …": a subject before the cue, an object after it
        boolean objectAfter = parse.children(cue, "obj").stream().anyMatch(o -> parse.span(o)[0] == cue + 1);
        if (!quoteBefore && objectAfter) {
            return List.of();
        }
        if (!quoteBefore && parse.enhanced(cue, "nsubj").stream().anyMatch(n -> n < cue)) {
            return List.of();
        }
        List<Entity> named = index.resolve(cue + 1);
        if (!named.isEmpty() || !quoteBefore || lexicons.hearerVerbs().contains(article.token(cue).lemma())) {
            return named;
        }
        // "“…,” said a senior aide": the parser takes the inverted subject for an object
        for (int o : parse.children(cue, "obj")) {
            if (parse.span(o)[0] != cue + 1) {
                continue;
            }
            List<Entity> who = knownOrDescribed(parse, o);
            if (!who.isEmpty()) {
                return who;
            }
        }
        return List.of();
    }

    /**
     * "The pier will close, said the port's director, Ada Okafor.": a verb of saying after a comma
     * whose object, parsed as one, ends the sentence and is someone who speaks, the name in
     * apposition first. Empty where the object is something said ("Okafor thanked the hosts,
     * stressed the town's concerns").
     */
    List<Entity> invertedObject(Parse parse, int cue) {
        Token verb = article.token(cue);
        if (cue < 1 || !article.token(cue - 1).word().equals(",") || !verb.isFinite()
                || !lexicons.speechVerbs().contains(verb.lemma()) || lexicons.hearerVerbs().contains(verb.lemma())
                || lexicons.describingVerbs().contains(verb.lemma())
                || !parse.children(cue, "nsubj").isEmpty() || !parse.children(cue, "ccomp").isEmpty() || !parse.children(cue, "xcomp").isEmpty()) {
            return List.of();
        }
        for (int o : parse.children(cue, "obj")) {
            int[] span = parse.span(o);
            if (span[0] != cue + 1 || !endsSentence(parse, span[1])) {
                continue;
            }
            for (int name : parse.children(o, "appos")) {
                List<Entity> named = index.resolve(name);
                if (!named.isEmpty()) {
                    return named;
                }
            }
            return knownOrDescribed(parse, o);
        }
        return List.of();
    }

    /**
     * "In a post on X, formerly Twitter, the minister wrote …", parsed with the old name as the
     * subject and the speaker in apposition to it: the speaker.
     */
    private List<Entity> renamedSubject(Parse parse, int subject) {
        boolean renamed = parse.children(subject, "advmod").stream().anyMatch(a -> FunctionWords.RENAMING_ADVERBS.contains(article.token(a).word()));
        for (int name : renamed ? parse.children(subject, "appos") : List.<Integer>of()) {
            List<Entity> who = knownOrDescribed(parse, name);
            if (!who.isEmpty()) {
                return who;
            }
        }
        return List.of();
    }

    /** "the 24-year-old", "the 24-year-old striker": a definite description by age ({@code age-words}), however the tokenizer split it. */
    private boolean isAgeDescription(Parse parse, int head) {
        int first = parse.span(head)[0];
        String words = article.text(article.token(first).begin(), article.token(head).end()).toLowerCase(Locale.ROOT);
        return FunctionWords.DEFINITE_ARTICLE.contains(article.token(first).word())
                && FunctionWords.AGE_WORDS.words().stream().anyMatch(age -> words.contains("-" + age));
    }

    /**
     * "In a meeting with the editorial board Okafor said that …", a missing comma making the name
     * part of the phrase before it, or "— Piet Harbour, a spokesman for the port, told reporters
     * …", the name lost to the clause before the dash: a finite verb of saying without a subject,
     * right after a person's name or after the name and an apposition without a verb between
     * commas, is that person's.
     */
    private List<Entity> nameBefore(Parse parse, int cue) {
        Token verb = article.token(cue);
        if (cue < 1 || !verb.isFinite() || !lexicons.speechVerbs().contains(verb.lemma()) || hasSubject(parse, cue)) {
            return List.of();
        }
        int name = beforeApposition(parse, cue - 1);
        if (name < 0 || !article.token(name).pos().startsWith("NNP") || article.token(name).sentence() != verb.sentence()) {
            return List.of();
        }
        List<Entity> named = index.resolve(name);
        return named.size() == 1 && named.get(0).type() == EntityType.PERSON ? named : List.of();
    }

    /** The token before an apposition without a verb between commas that ends at {@code t} (", 58,", ", a planner,"); else {@code t}. */
    private int beforeApposition(Parse parse, int t) {
        if (!article.token(t).word().equals(",")) {
            return t;
        }
        for (int k = t - 1; k > parse.sentence().firstToken() && t - k <= MAX_APPOSITION_WORDS; k--) {
            Token w = article.token(k);
            if (w.word().equals(",")) {
                return k < t - 1 ? k - 1 : -1;
            }
            if (w.pos().startsWith("VB") || w.pos().equals("MD")) {
                return -1;
            }
        }
        return -1;
    }

    /** The person a common noun's apposition names ("her campaign manager, Ada Okafor,"), or empty. */
    private List<Entity> nameInApposition(Parse parse, int noun) {
        if (!article.token(noun).pos().matches("NNS?")) {
            return List.of();
        }
        for (int name : parse.children(noun, "appos")) {
            List<Entity> named = index.resolve(name);
            if (article.token(name).pos().startsWith("NNP") && named.size() == 1 && named.get(0).type() == EntityType.PERSON) {
                return named;
            }
        }
        return List.of();
    }

    /** The entity a token names, or else the speaker it describes ({@link DescribedSpeakers#of}); empty when neither. */
    private List<Entity> knownOrDescribed(Parse parse, int token) {
        List<Entity> known = index.resolve(token);
        Entity who = known.isEmpty() ? described.of(parse, token) : null;
        return who == null ? known : List.of(who);
    }

    /** Whether only punctuation follows token {@code t} in its sentence. */
    private boolean endsSentence(Parse parse, int t) {
        for (int k = t + 1; k < parse.sentence().endToken(); k++) {
            if (!ContentSpans.isPunct(article.token(k))) {
                return false;
            }
        }
        return true;
    }

    private List<Entity> subject(Parse parse, int token) {
        if (article.token(token).pos().startsWith("NN") && parse.relation(token).equals("obj")) {
            List<Entity> verbSubject = subject(parse, parse.parent(token));
            if (!verbSubject.isEmpty()) {
                return verbSubject; // "he reinforced the council's position": the one speaking is he
            }
        }
        for (String rel : List.of("nsubj", "nsubj:xsubj", "nmod:poss")) {
            for (int s : parse.enhanced(token, rel)) {
                if (isDateline(parse, s) && parse.enhanced(token, rel).size() > 1) {
                    continue; // "PORT ALDER (Agency) — Okafor said", parsed with two subjects: the place is the dateline's
                }
                int head = antecedent(parse, token, s);
                List<Entity> renamed = renamedSubject(parse, head);
                if (!renamed.isEmpty()) {
                    return renamed;
                }
                List<Entity> apposed = nameInApposition(parse, head);
                if (!apposed.isEmpty()) {
                    return apposed; // "his lawyer, Piet Harbour, said": the name, whoever "his" is
                }
                List<Entity> found = index.resolve(head);
                if (found.isEmpty() && isAgeDescription(parse, head)) {
                    found = index.personBefore(head); // "Okafor scored twice. The 24-year-old said …"
                }
                if (found.size() == 1 && found.get(0).type() == EntityType.GROUP) {
                    for (int name : parse.children(head, "appos")) {
                        List<Entity> named = index.resolve(name);
                        if (named.size() == 1 && named.get(0).type() == EntityType.PERSON) {
                            return named; // "a top aide, Ada Okafor, said": the person the description names
                        }
                    }
                }
                if (!found.isEmpty()) {
                    return found;
                }
                if (parse.relation(head).equals("appos") && !isDateline(parse, parse.parent(head))) {
                    found = index.resolve(parse.parent(head)); // "Ada Okafor, a planner who studied the port, recalled": the name the description is of
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
                for (int name : parse.children(s, "appos")) {
                    found = index.resolve(name); // "her campaign manager, Ada Okafor, said": the name in apposition
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
                found = nameAfter(parse, s);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * "her colleague Ada Okafor said", parsed with the name hung from the description as a loose
     * dependent: the name right after the description's noun.
     */
    private List<Entity> nameAfter(Parse parse, int noun) {
        for (int name : parse.children(noun, "dep")) {
            if (article.token(name).pos().startsWith("NNP") && parse.span(name)[0] == noun + 1) {
                return index.resolve(name);
            }
        }
        return List.of();
    }

    private static boolean hasSubject(Parse parse, int token) {
        return !parse.enhanced(token, "nsubj").isEmpty() || !parse.enhanced(token, "nsubj:pass").isEmpty();
    }

    /** A list item or fragment: it starts with a verb, or its root verb has no active subject. */
    boolean isSubjectless(Parse parse) {
        Sentence s = parse.sentence();
        if (startsWithVerb(s)) {
            return true;
        }
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (parse.parent(t) < 0) {
                return parse.enhanced(t, "nsubj").isEmpty() && article.token(t).pos().startsWith("VB");
            }
        }
        return false;
    }

    /** "Stressed the need to …": a list item whose first word is a verb, its subject left to the heading. */
    boolean startsWithVerb(Sentence s) {
        int first = Parse.firstWord(article.tokens(), s.firstToken(), s.endToken());
        return first < s.endToken() && article.token(first).pos().matches("VB[DNZ]?");
    }

    /** The one person named in the nearest heading above, e.g. "Louis Moreau's Remarks". */
    Attribution heading(Sentence from) {
        for (int i = from.index() - 1; i >= Math.max(0, from.index() - HEADING_LOOKBACK); i--) {
            Sentence s = article.sentences().get(i);
            if (isHeading(s)) {
                List<Entity> people = index.namedWithin(s.begin(), s.end()).stream()
                        .filter(e -> e.type() == EntityType.PERSON).toList();
                return people.size() == 1 ? new Attribution(people, SpeakerRule.HEADING) : null;
            }
        }
        return null;
    }

    boolean isHeading(Sentence s) {
        Token last = article.token(s.endToken() - 1);
        boolean closed = Set.of(".", "!", "?", "''", "”", "\"", ":").contains(last.word());
        return !closed && s.endToken() - s.firstToken() <= HEADING_MAX_TOKENS;
    }

    private static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
