package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.parse.Dashes;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Quote;
import org.summitkg.nlp.Sentence;
import org.summitkg.nlp.Token;

/**
 * Finds reported speech in the dependency parse: a verb of saying with a content clause or
 * object ("Moreau insisted that …", "Keller promised talks …"), a noun of saying with its
 * clause ("the assertion that …"), and "according to X, …". The content is the clause or phrase
 * as it stands; the cue is the verb or noun; the speaker comes from {@link SpeakerFinder}.
 */
final class ReportedSpeechFinder {
    private static final Set<String> VERB_CONTENT = Set.of("ccomp", "obj", "xcomp", "obl");
    private static final Set<String> NOUN_CONTENT = Set.of("acl", "ccomp", "nmod", "xcomp");
    private static final Set<String> ADJECTIVE_CONTENT = Set.of("ccomp");
    /** A verb only the cue model takes for a cue reports a clause, not an object ("painted a grim picture" is no claim). */
    private static final Set<String> LEARNED_VERB_CONTENT = Set.of("ccomp", "xcomp", "obl");
    /**
     * How sure the cue model must be of a verb it alone takes for a cue before the verb's object is
     * what it reports too ("Okafor bemoaned the delays at the port"); below it, only a clause is.
     */
    private static final double LEARNED_OBJECT_CUT = 0.7;
    /**
     * How sure it must be before an object that is a thing, not someone, is what it reports
     * ("Okafor proclaimed a new era for the port", not "Okafor thanked Keller"), chosen on PolNeAR
     * train: 0.5 gives F1 with the speaker 0.660, 0.6 0.657, 0.7 (objects of someone too) 0.656.
     */
    private static final double LEARNED_THING_CUT = 0.5;
    /** What a verb outside the lexicons reports when its shape makes it a cue: its clause, as an attitude. */
    private static final Set<String> CLAUSE_CONTENT = Set.of("ccomp");
    /** NER classes of an object that is someone, not something said. */
    private static final Set<String> SOMEONE_NER = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "TITLE");

    private final AnnotatedArticle article;
    private final Lexicons lexicons;
    private final SpeakerFinder speakers;
    private final List<Quote> quotes;
    private final ContentSpans spans;
    private final LayoutCues layout;
    private final ContentExtent extent;
    private final DescribedContents described;
    private final LogisticModel cues = LogisticModel.shipped(LogisticModel.CUES);
    /** The cues only the cue model found. */
    private final Set<Integer> learned = new java.util.HashSet<>();

    ReportedSpeechFinder(AnnotatedArticle article, Lexicons lexicons, SpeakerFinder speakers, List<Quote> quotes) {
        this.article = article;
        this.lexicons = lexicons;
        this.speakers = speakers;
        this.quotes = quotes;
        this.spans = new ContentSpans(article, quotes);
        this.layout = new LayoutCues(article, lexicons, speakers, spans, this::isVerbCue, this::add);
        this.described = new DescribedContents(article, spans);
        this.extent = new ContentExtent(article, lexicons, spans, this::isVerbCue, this::isNounCue, this::isAddressee);
    }

    List<Statement> find() {
        List<Statement> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            Parse parse = new Parse(s);
            int before = out.size();
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                cue(parse, t, out);
            }
            if (out.size() == before) {
                layout.listItem(parse, out);
            }
            if (out.size() == before) {
                layout.trailingCue(parse, out);
            }
            if (out.size() == before) {
                layout.leadingCue(parse, out);
            }
            if (out.size() == before) {
                layout.headlineCue(parse, out);
            }
            layout.participleCue(parse, out);
            layout.accordingTo(parse, out);
            layout.inFinding(parse, out);
        }
        return out;
    }

    private void cue(Parse parse, int t, List<Statement> out) {
        Token token = article.token(t);
        if (isPassive(article, parse, t) && !speakers.hasAgent(parse, t)) {
            return; // "Asked about the truce, Moreau …", "she was told that …": the subject heard it, did not say it
        }
        // "the truce that Keller hinted at" reports the noun; "Keller, who said that …" its own clause, and so does
        // "the week when Keller complained about …": the noun is when it was said, not what
        if (isVerbCue(token) && parse.relation(t).equals("acl:relcl") && parse.children(t, "ccomp").isEmpty() && !isRelativeSubject(parse, t)
                && !isRelativeAdverbial(parse, t)) {
            relativeClause(parse, t, out);
            return;
        }
        if (isParticipleModifier(parse, t)) {
            int[] span = spans.trim(new int[] {t + 1, parse.span(parse.parent(t))[1]}, t);
            if (span != null && spans.isContent(span)) {
                add(out, parse, t, span);
            }
            return;
        }
        List<String> features = CueFeatures.isCandidate(parse, article, t) ? CueFeatures.of(article, parse, t, lexicons, spans.inQuote(token)) : null;
        if (features != null && token.pos().startsWith("VB") && cues.vetoes(features)) {
            return; // a verb the cue model, trained on annotated news, scores as no cue here, listed or not
        }
        Set<String> relations = isVerbCue(token) ? VERB_CONTENT : isNounCue(token) ? NOUN_CONTENT
                : isAdjectiveCue(token) ? ADJECTIVE_CONTENT : isClauseTaking(parse, t) ? CLAUSE_CONTENT : learned(parse, t, features);
        if (relations == VERB_CONTENT && !speakers.invertedObject(parse, t).isEmpty()) {
            clauseBefore(parse, t).ifPresent(c -> add(out, parse, t, c));
            return;
        }
        if (relations == VERB_CONTENT && reportsClauseBefore(parse, t)) {
            var before = parataxis(parse, t);
            if (before.isPresent()) {
                add(out, parse, t, before.get());
                return;
            }
        }
        if (!relations.isEmpty()) {
            var content = content(parse, t, relations);
            if (content.isPresent()) {
                add(out, parse, t, content.get());
            } else if (relations == VERB_CONTENT && (parse.relation(t).equals("parataxis") || isAsClause(parse, t))) {
                parataxis(parse, t).ifPresent(c -> add(out, parse, t, c));
            } else if (relations == VERB_CONTENT) {
                clauseAbove(parse, t).ifPresent(c -> add(out, parse, t, c));
            }
        }
    }

    /**
     * The relations to look for content under a word the lexicons lack but the cue model takes
     * for a cue ("scoffed at the idea that …", "her insistence that …"); none when it does not.
     */
    private Set<String> learned(Parse parse, int t, List<String> features) {
        if (features == null || !cues.accepts(features)) {
            return Set.of();
        }
        learned.add(t);
        String pos = article.token(t).pos();
        double p = pos.startsWith("VB") ? cues.probability(features) : 0;
        if (p >= LEARNED_OBJECT_CUT || p >= LEARNED_THING_CUT && !hasSomeoneAsObject(parse, t)) {
            return VERB_CONTENT;
        }
        return pos.startsWith("VB") ? LEARNED_VERB_CONTENT : pos.startsWith("NN") ? NOUN_CONTENT : ADJECTIVE_CONTENT;
    }

    /**
     * Whether the verb's object is someone or stands for something said elsewhere: a person, an
     * organisation, a country, a title, a noun for people, a pronoun, or a determiner or
     * complementiser the parser took for an object ("knows that better than the council").
     */
    private boolean hasSomeoneAsObject(Parse parse, int verb) {
        for (int o : parse.children(verb, "obj")) {
            Token k = article.token(o);
            if (k.pos().matches("PRP.*|DT|IN|WDT") || SOMEONE_NER.contains(k.ner()) || speakers.index().isPeopleNoun(o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The bridge will open in May, officials said", "The bridge, she said, will open in May" and
     * "As the Ledger reported, the bridge will open in May": the cue hangs from the clause it
     * reports, so the content is that clause, around the cue.
     */
    private java.util.Optional<int[]> parataxis(Parse parse, int cue) {
        int head = parse.parent(cue);
        if (head < 0 || parse.children(cue, "nsubj").isEmpty()) {
            return java.util.Optional.empty();
        }
        if (head > cue && isVerbCue(article.token(head)) && !parse.children(head, "ccomp").isEmpty()) {
            return java.util.Optional.empty(); // "…,” he said, hinting that …": the clause after is the second cue's
        }
        int[] whole = parse.span(head);
        int[] own = parse.span(cue);
        int[] span = own[0] > whole[0] && own[1] < whole[1] - 1 ? whole
                : own[0] > head ? new int[] {whole[0], own[0] - 1} : new int[] {own[1] + 1, whole[1]};
        return java.util.Optional.ofNullable(spans.withoutPunctuation(span)).filter(spans::isContent);
    }

    /**
     * "The pier will close in May, the director told reporters on a call": a cue hung loose
     * (parataxis) from the clause before it, with no clause of its own, reports that clause, not its
     * object or oblique.
     */
    private boolean reportsClauseBefore(Parse parse, int cue) {
        int head = parse.parent(cue);
        boolean heardOnly = parse.children(cue, "obj").stream().allMatch(o -> isHearer(parse, o)); // "told analysts", "told them"
        return parse.relation(cue).equals("parataxis") && head >= 0 && head < cue && parse.children(cue, "ccomp").isEmpty()
                && parse.children(cue, "xcomp").isEmpty() && heardOnly && lexicons.speakingVerbs().contains(article.token(cue).lemma());
    }

    /**
     * "The pier will close, said the port's director.", parsed with the speaker as the cue's object:
     * the sentence up to the comma before the cue.
     */
    private java.util.Optional<int[]> clauseBefore(Parse parse, int cue) {
        int first = parse.sentence().firstToken();
        return java.util.Optional.ofNullable(spans.withoutPunctuation(new int[] {first, cue - 1})).filter(spans::isContent);
    }

    /**
     * "…, after Okafor said she is open to talks": the parser hung the cue, subject and all, from
     * the clause after it, which has a subject of its own between the two; that clause, from the
     * cue on, is what was said.
     */
    private java.util.Optional<int[]> clauseAbove(Parse parse, int cue) {
        int head = parse.parent(cue);
        boolean hung = head > cue && !parse.children(cue, "nsubj").isEmpty()
                && parse.children(head, "nsubj").stream().anyMatch(subject -> subject > cue && subject < head && !spans.hasTag(cue + 1, subject, ","::equals));
        if (!hung) {
            return java.util.Optional.empty();
        }
        int[] span = spans.trim(new int[] {cue + 1, parse.span(head)[1]}, cue);
        return java.util.Optional.ofNullable(span).filter(spans::isContent);
    }

    /** "As the Ledger reported, the pier will close": a cue in an "as" clause reports the clause it hangs from. */
    private boolean isAsClause(Parse parse, int cue) {
        return parse.relation(cue).startsWith("advcl") && parse.children(cue, "mark").stream()
                .anyMatch(m -> FunctionWords.REPORTING_AS.contains(article.token(m).word()));
    }

    /**
     * "…, highlighting areas of agreement" or "while acknowledging deep rifts", which the parser
     * often reads as an adjective on the noun: a verb of saying in "-ing" after a comma or a
     * preposition (not "without"), modifying a noun after it, is a cue with that noun phrase as content.
     */
    private boolean isParticipleModifier(Parse parse, int t) {
        Token token = article.token(t);
        Token before = article.token(Math.max(0, t - 1));
        int head = parse.parent(t);
        return token.pos().equals("VBG") && parse.relation(t).equals("amod") && head > t && t > parse.sentence().firstToken()
                && isVerbCue(token) && !isAttitudeVerb(token) && Character.isLowerCase(token.word().charAt(0))
                && (before.pos().equals(",") || before.pos().equals("IN") && !FunctionWords.NEGATIONS.contains(before.word()));
    }

    private boolean isVerbCue(Token t) {
        return t.pos().startsWith("VB") && (lexicons.speechVerbs().contains(t.lemma()) || isAttitude(t));
    }

    /** "wants", "hopes", "believes": an attitude, unless it stands inside a quotation ("“I think …”" is the quote's). */
    private boolean isAttitude(Token t) {
        return isAttitudeVerb(t) && !spans.inQuote(t);
    }

    private boolean isAttitudeVerb(Token t) {
        return isAttitudeVerb(t, lexicons);
    }

    private static boolean isAttitudeVerb(Token t, Lexicons lexicons) {
        return t.pos().startsWith("VB") && lexicons.attitudeVerbs().contains(t.lemma())
                && !lexicons.speechVerbs().contains(t.lemma());
    }

    /** A noun or adjective cue, or a verb the speech or attitude lexicon lists. */
    private static boolean isListed(Token cue, Lexicons lexicons) {
        return !cue.pos().startsWith("VB") || lexicons.speechVerbs().contains(cue.lemma()) || isAttitudeVerb(cue, lexicons);
    }

    /**
     * What a cue reports: an attitude for a verb of thinking, or for a verb outside the speech
     * lexicon ("calculates that", "knows that" report a belief more often than words); else speech.
     */
    static StatementKind kindOf(Token cue, Lexicons lexicons) {
        return !isListed(cue, lexicons) || isAttitudeVerb(cue, lexicons) ? StatementKind.ATTITUDE : StatementKind.REPORTED;
    }

    /** A verb in the passive, or a bare past participle ("Asked about …, X said"): its subject heard it, did not say it. */
    static boolean isPassive(AnnotatedArticle article, Parse parse, int t) {
        // a passive subject the enhanced graph shares with a finite verb coordinated with a passive
        // ("the limits were based on … and warned that …") does not make that verb passive
        boolean participle = article.token(t).pos().equals("VBN");
        return !parse.children(t, "aux:pass").isEmpty() || participle && !parse.enhanced(t, "nsubj:pass").isEmpty()
                || participle && parse.children(t, "nsubj").isEmpty() && parse.children(t, "aux").isEmpty() && parse.parent(t) >= 0;
    }

    /**
     * A verb the lexicons lack that still has the shape of attribution: a finite clause with a
     * subject of its own as complement ("the senator conceded the bill would fail"), outside a
     * quotation; whether its subject can speak is for {@link SpeakerFinder} to tell.
     */
    private boolean isClauseTaking(Parse parse, int t) {
        Token token = article.token(t);
        if (!token.pos().startsWith("VB") || lexicons.nonAttributionVerbs().contains(token.lemma()) || spans.inQuote(token)) {
            return false;
        }
        for (int clause : parse.children(t, "ccomp")) {
            if (!parse.enhanced(clause, "nsubj").isEmpty() || !parse.enhanced(clause, "nsubj:pass").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean isAdjectiveCue(Token t) {
        return t.pos().startsWith("JJ") && lexicons.speechAdjectives().contains(t.word());
    }

    private boolean isNounCue(Token t) {
        return t.pos().startsWith("NN") && lexicons.speechNouns().contains(t.lemma());
    }

    /** The content: the first complement of the cue, by relation, that is more than a name or a quote. */
    private java.util.Optional<int[]> content(Parse parse, int cue, Set<String> relations) {
        java.util.Optional<int[]> misparsed = relations == VERB_CONTENT ? clauseAfterSubjectCue(parse, cue) : java.util.Optional.empty();
        if (misparsed.isPresent()) {
            return misparsed;
        }
        if (lexicons.describingVerbs().contains(article.token(cue).lemma()) && relations == VERB_CONTENT) {
            java.util.Optional<int[]> characterisation = described.of(parse, cue);
            if (characterisation.isPresent()) {
                return characterisation;
            }
            // else "described the harbour's decline", "referring to the mayor": what any verb of saying has
        }
        return complements(parse, cue, relations);
    }

    /** The content among the cue's complements, by relation, then among the clauses the parser hung from it otherwise. */
    private java.util.Optional<int[]> complements(Parse parse, int cue, Set<String> relations) {
        if (relations == VERB_CONTENT) {
            java.util.Optional<int[]> clause = objectAsSubject(parse, cue);
            if (clause.isPresent()) {
                return clause;
            }
        }
        if (relations == VERB_CONTENT && parse.children(cue, "ccomp").isEmpty()) {
            java.util.Optional<int[]> setting = clauseOfSetting(parse, cue);
            if (setting.isPresent()) {
                return setting;
            }
        }
        int owner = relations == ADJECTIVE_CONTENT && parse.children(cue, "ccomp").isEmpty() ? parse.parent(cue) : cue;
        // a complement of three words or more first; failing that, two ("defended the plan")
        for (boolean brief : new boolean[] {false, true}) {
            java.util.Optional<int[]> complement = complement(parse, cue, owner, relations, brief);
            if (complement.isPresent()) {
                return complement;
            }
        }
        if (relations != VERB_CONTENT) {
            return java.util.Optional.empty();
        }
        java.util.Optional<int[]> adverbial = clauseHungAs(parse, cue, "advcl", true);
        if (adverbial.isPresent()) {
            return adverbial;
        }
        java.util.Optional<int[]> following = clauseAfterCue(parse, cue);
        if (following.isPresent()) {
            return following;
        }
        java.util.Optional<int[]> paratactic = clauseHungAs(parse, cue, "parataxis", false);
        if (paratactic.isPresent()) {
            return paratactic;
        }
        java.util.Optional<int[]> dep = clauseHungAs(parse, cue, "dep", false);
        return dep.isPresent() ? dep : gerundAfterCue(parse, cue);
    }

    /**
     * "reported holding two ferries in reserve", "admitted taking the money", with the gerund hung
     * loose from the cue: a verb in "-ing" right after the cue, and what it governs, is what was said.
     */
    private java.util.Optional<int[]> gerundAfterCue(Parse parse, int cue) {
        for (int dep : parse.children(cue, "dep")) {
            if (dep == cue + 1 && article.token(dep).pos().equals("VBG")) {
                int[] span = spans.trim(contentSpan(parse, dep), cue);
                if (span != null && spans.isContent(span)) {
                    return java.util.Optional.of(span);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * An object that is the subject of a clause the parser hung apart ({@link ContentExtent#objectAsSubject(Parse, int, int[])}):
     * that clause with its subject is what was said, even where the object names a person
     * ("says Lindqvist is ignoring the budget").
     */
    private java.util.Optional<int[]> objectAsSubject(Parse parse, int cue) {
        for (int obj : parse.children(cue, "obj")) {
            int[] object = parse.span(obj);
            int[] clause = obj > cue ? extent.objectAsSubject(parse, cue, object) : object;
            int[] span = clause != object ? spans.trim(clause, cue) : null;
            if (span != null && spans.isContent(span)) {
                return java.util.Optional.of(span);
            }
        }
        return java.util.Optional.empty();
    }

    /** The first complement of the cue's {@code owner}, by relation, that is content (of two words or more when {@code brief}). */
    private java.util.Optional<int[]> complement(Parse parse, int cue, int owner, Set<String> relations, boolean brief) {
        for (String rel : List.of("ccomp", "obj", "xcomp", "acl", "nmod", "obl")) {
            if (!relations.contains(rel) && !(rel.equals("ccomp") && owner != cue)) {
                continue;
            }
            for (int head : owner < 0 ? List.<Integer>of() : clausesAfterFirst(parse, owner, rel, cue)) {
                // an oblique is content only with an "about" preposition, naming no addressee and no time ("said on Friday night")
                if (rel.equals("obl") && (!isAboutPreposition(cue, spans.caseWord(parse, head)) || isAddressee(parse, head)
                        || article.token(head).isTemporal())) {
                    continue;
                }
                if (rel.equals("nmod") && FunctionWords.EVENT_AGENT_PREPOSITIONS.contains(spans.caseWord(parse, head))) {
                    continue; // "remarks by the mayor": who made them, not what they said
                }
                if (rel.equals("acl") && article.token(head).pos().equals("VBN") && !parse.agents(head).isEmpty()) {
                    continue; // "a statement issued by the ministry": who made it
                }
                if (head < cue && !rel.equals("ccomp")) {
                    continue; // "At the rally, she said …": only a clause before its cue is what was said
                }
                boolean stance = rel.equals("obj") && isStance(article.token(cue));
                boolean person = isPerson(parse, rel, head);
                int[] own = contentSpan(parse, head);
                int[] extended = extent.extend(parse, cue, rel, own);
                int[] span = spans.trim(extended, cue);
                if (span != null && rel.equals("ccomp")) {
                    span = new int[] {extent.ledBy(parse, cue, span), span[1]};
                }
                // "accused Okafor of hiding the report": the person with what the stance is about
                boolean withWhat = stance && extended[1] > own[1];
                if (span != null && (brief ? isBriefContent(span) : spans.isContent(span)) && (!person || withWhat)) {
                    return java.util.Optional.of(span);
                }
                // "praised Okafor, who …": the person, not what the clause after the name says
                int[] name = stance && (person || brief) ? named(person ? new int[] {parse.span(head)[0], head} : parse.span(head)) : null;
                if (name != null) {
                    return java.util.Optional.of(name); // "the union endorsed Okafor"
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether an oblique opened by {@code preposition} may be what the cue reports: "warned against", but "spoke on condition of". */
    private boolean isAboutPreposition(int cue, String preposition) {
        boolean topicOnly = FunctionWords.TOPIC_ONLY_VERBS.contains(article.token(cue).lemma());
        return topicOnly ? FunctionWords.TOPIC_PREPOSITIONS.contains(preposition) : FunctionWords.ABOUT_PREPOSITIONS.contains(preposition);
    }

    /**
     * "wrote in a court opinion that the notice was inadequate", parsed with the clause hung from
     * the noun that says where it was written: that clause.
     */
    private java.util.Optional<int[]> clauseOfSetting(Parse parse, int cue) {
        for (int setting : parse.children(cue, "obl")) {
            if (setting > cue && FunctionWords.SETTING_PREPOSITIONS.contains(spans.caseWord(parse, setting))
                    && parse.children(setting, "ccomp").stream().anyMatch(c -> c > setting)) {
                return complement(parse, cue, setting, Set.of("ccomp"), false);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The owner's complements by this relation, those after the cue first where there are clauses on
     * both sides: in "As odd as it seems, Okafor said the pier will close" the clause after the cue
     * is what was said, the one before is a comment on it.
     */
    private static List<Integer> clausesAfterFirst(Parse parse, int owner, String rel, int cue) {
        List<Integer> heads = parse.children(owner, rel);
        if (!rel.equals("ccomp") || heads.size() < 2) {
            return heads;
        }
        List<Integer> ordered = new ArrayList<>(heads.stream().filter(h -> h > cue).toList());
        heads.stream().filter(h -> h < cue).forEach(ordered::add);
        return ordered;
    }

    /**
     * A reported clause the parser hung from its cue by another relation: an adverbial before the
     * cue ("The fees will fall in May, the mayor said"), a parataxis after it ("Okafor told the
     * gathering she will cut fees", common after a dateline) or a loose dependent after it ("she
     * said the board approved the plan", when the parser loses the clause). It must be a clause of its own: a
     * subject, and no word that makes it adverbial ("when", "because", "if").
     */
    private java.util.Optional<int[]> clauseHungAs(Parse parse, int cue, String relation, boolean beforeCue) {
        for (int head : parse.children(cue, relation)) {
            int[] own = parse.span(head);
            boolean placed = beforeCue ? own[1] < cue : own[0] > cue;
            // "called the move overdue, while others warned it could …": a clause opened by the writer's "while" is not what was said
            boolean circumstance = FunctionWords.CIRCUMSTANCE_MARKS.contains(article.token(own[0]).word());
            if (placed && !circumstance && !parse.children(head, "nsubj").isEmpty() && parse.children(head, "mark").isEmpty()
                    && parse.children(head, "advmod").stream().noneMatch(a -> article.token(a).pos().startsWith("W"))) {
                int[] span = spans.trim(contentSpan(parse, head), cue);
                if (span != null && spans.isContent(span)) {
                    return java.util.Optional.of(span);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A complement clause the parser took for an adverbial one, after the cue: "said on Monday
     * that the pier will close" (its "that" gives it away), a clause with its own subject after an
     * "about" word ("complained about the board blocking the plan") or, after a verb of asking
     * ({@code question-verbs} lexicon), "asked whether the pier will close", "asked why it closed".
     */
    private java.util.Optional<int[]> clauseAfterCue(Parse parse, int cue) {
        boolean asking = lexicons.questionVerbs().contains(article.token(cue).lemma());
        for (int head : parse.children(cue, "advcl")) {
            String mark = parse.children(head, "mark").isEmpty() ? "" : article.token(parse.children(head, "mark").get(0)).word();
            boolean wh = parse.children(head, "advmod").stream().anyMatch(a -> article.token(a).pos().equals("WRB") && a < head);
            // "complained about the board blocking the plan": a clause with its own subject after an "about" word
            boolean complement = FunctionWords.THAT.contains(mark) || asking && (FunctionWords.QUESTION_MARKS.contains(mark) || wh)
                    || FunctionWords.ABOUT_PREPOSITIONS.contains(mark);
            if (head > cue && complement && (parse.hasSubject(head) || !parse.children(head, "expl").isEmpty())) {
                int[] span = spans.trim(contentSpan(parse, head), cue);
                if (span != null && spans.isContent(span)) {
                    return java.util.Optional.of(span);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * "Okafor said the mayor and the board are wrong", parsed as if "Okafor said the mayor" were
     * the subject of "wrong" (the cue a clausal subject with a subject, and an object or a clause
     * after it): what follows the cue, to the end of that clause, is what was said.
     */
    private java.util.Optional<int[]> clauseAfterSubjectCue(Parse parse, int cue) {
        int root = parse.parent(cue);
        List<Integer> complements = new ArrayList<>(parse.children(cue, "obj"));
        complements.addAll(parse.children(cue, "ccomp"));
        // what was said follows the cue: not "What she said was true"; with no complement at all ("He said there
        // were delays", the cue made the clause's subject), the clause after it, unless the cue opens a clause ("That he said …")
        boolean bare = complements.isEmpty() && parse.children(cue, "mark").isEmpty() && root > cue && subjectAfter(parse, root, cue);
        if (root < 0 || !parse.relation(cue).startsWith("csubj") || parse.children(cue, "nsubj").isEmpty()
                || complements.isEmpty() && !bare || complements.stream().anyMatch(c -> c < cue)) {
            return java.util.Optional.empty();
        }
        int[] span = spans.trim(spans.withoutPunctuation(new int[] {cue + 1, parse.span(root)[1]}), cue);
        return span != null && spans.isContent(span) ? java.util.Optional.of(span) : java.util.Optional.empty();
    }

    /**
     * Whether a subject stands between the cue and the clause's head ("there" in "… said there
     * were delays", which the parser may hang anywhere): what follows is a clause, not a phrase of the cue's.
     */
    private boolean subjectAfter(Parse parse, int clause, int cue) {
        for (int t = cue + 1; t < clause; t++) {
            if (article.token(t).pos().equals("EX") || parse.relation(t).equals("expl") || parse.relation(t).startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "welcomed her French counterpart", "warned the administration against …": an object that is a
     * person, an actor the verb says more to, or the object of a verb whose object is its hearer
     * ({@code hearer-verbs} lexicon), is whom, not what, was spoken to.
     */
    private boolean isPerson(Parse parse, String rel, int head) {
        if (!rel.equals("obj")) {
            return false;
        }
        int verb = parse.parent(head);
        if (verb >= 0 && lexicons.hearerVerbs().contains(article.token(verb).lemma()) && parse.children(verb, "xcomp").isEmpty()) {
            return true; // "told a crowd in the harbour", "asked her rival"; but "told the crew to wait" is one content
        }
        List<Entity> who = speakers.index().resolve(head);
        if (who.stream().anyMatch(e -> e.type() == EntityType.PERSON)) {
            return true;
        }
        Token t = article.token(head);
        boolean actor = !who.isEmpty() || t.pos().startsWith("NN") && lexicons.isSpeakerNoun(t.word(), t.lemma());
        // only speech has an addressee: "wants the council to delay" wants all of it
        return actor && verb >= 0 && lexicons.speechVerbs().contains(article.token(verb).lemma())
                && parse.children(verb, "").stream().anyMatch(c -> c != head && saysMore(parse, c));
    }

    /** A further complement of the verb: a clause, or a phrase introducing what was said. */
    private boolean saysMore(Parse parse, int child) {
        String rel = parse.relation(child);
        return rel.equals("ccomp") || rel.equals("xcomp") || rel.startsWith("obl") && FunctionWords.ABOUT_PREPOSITIONS.contains(spans.caseWord(parse, child));
    }

    /**
     * "the truce that Keller had been hinting at": the noun the relative clause
     * modifies is what was said, the clause's subject the speaker.
     */
    /** "Okafor, who endorsed Lindqvist": the noun the clause modifies is the speaker, not what was said. */
    private boolean isRelativeSubject(Parse parse, int cue) {
        return parse.children(cue, "nsubj").stream().anyMatch(n -> article.token(n).pos().startsWith("W"));
    }

    /** A relative clause opened by "when", "where" or "why": it says when, where or why of its noun, not that it was said. */
    private boolean isRelativeAdverbial(Parse parse, int cue) {
        return parse.children(cue, "advmod").stream().anyMatch(n -> article.token(n).pos().equals("WRB") && n < cue);
    }

    private void relativeClause(Parse parse, int cue, List<Statement> out) {
        int noun = parse.parent(cue);
        if (noun < 0) {
            return;
        }
        int[] nounSpan = parse.span(noun);
        int first = nounSpan[0];
        while (first < noun && parse.children(noun, "case").contains(first)) {
            first++; // "without the truce …": the preposition is not what was said
        }
        int clauseStart = parse.span(cue)[0];
        int[] span = spans.trim(new int[] {first, clauseStart - 1}, first - 1);
        if (span != null && spans.isContent(span)) {
            add(out, parse, cue, span, AttributionRule.RELATIVE_CLAUSE);
        }
    }

    /**
     * The subtree of a content head, cut before any further verb of saying attached to it
     * ("thanks for the visit, pointing out …" stops before "pointing") or an "according to"
     * after a comma: that one is a statement of its own.
     */
    private int[] contentSpan(Parse parse, int head) {
        int[] span = parse.span(head);
        for (int conj : parse.children(head, "conj")) {
            // ", and flew home …" without a subject of its own: the speaker's next act, not content
            if (conj > head + 2 && parse.children(conj, "nsubj").isEmpty() && article.token(conj).pos().startsWith("VB")
                    && article.token(conj - 2).word().equals(",") && article.token(conj - 1).pos().equals("CC")) {
                span = new int[] {span[0], Math.min(span[1], conj - 3)};
            }
            if (isSecondCue(parse, head, conj)) {
                span = new int[] {span[0], Math.min(span[1], parse.span(conj)[0] - 1)};
            }
        }
        // "… could reopen — a remark that …": the writer's comment on what was said, after a dash
        for (String rel : List.of("dep", "appos", "obj")) {
            for (int noun : parse.children(head, rel)) {
                int dash = parse.span(noun)[0] - 1;
                if (noun > head && article.token(noun).pos().startsWith("NN") && dash > span[0] && Dashes.TOKENS.contains(article.token(dash).word())) {
                    span = new int[] {span[0], Math.min(span[1], dash - 1)};
                }
            }
        }
        for (int t = span[0]; t <= span[1]; t++) {
            boolean cueAfterComma = t != head && t > span[0] && article.token(t - 1).word().equals(",");
            // "…, according to the report": a source of its own, not part of what the cue reports
            if (cueAfterComma && (isVerbCue(article.token(t)) && parse.dominates(head, t) || FunctionWords.ACCORDING_TO.startsAt(article.tokens(), t)
                    || reportsOthers(parse, t))) {
                return new int[] {span[0], t - 2};
            }
        }
        return span;
    }

    /** "…, while other voters said …": a clause marked after a comma whose verb reports what someone of its own said. */
    private boolean reportsOthers(Parse parse, int mark) {
        int verb = parse.parent(mark);
        Token v = article.token(verb);
        return parse.relation(mark).equals("mark") && FunctionWords.CONTRAST_MARKS.contains(article.token(mark).word())
                && verb > mark && v.isFinite() && lexicons.speechVerbs().contains(v.lemma()) && !parse.children(verb, "nsubj").isEmpty();
    }

    /**
     * "stated that the pier stays open and added that …": a verb of saying with a clause of its
     * own and no subject, which the parser coordinated with the content instead of the cue, is the
     * speaker's second statement, not part of the first.
     */
    private boolean isSecondCue(Parse parse, int head, int conj) {
        return conj > head && parse.relation(head).equals("ccomp") && SpeakerFinder.isCoordinatedCue(parse, conj)
                && isVerbCue(article.token(conj)) && !isAttitudeVerb(article.token(conj));
    }

    /** "spoke to the crowd", "wrote to Lindqvist", "to me": an oblique with "to" that names people is whom the cue addressed. */
    private boolean isAddressee(Parse parse, int head) {
        return FunctionWords.ADDRESSEE_PREPOSITIONS.contains(spans.caseWord(parse, head)) && isHearer(parse, head);
    }

    /** An object that is who heard it: a pronoun, an entity or a noun for people ("told analysts"). */
    private boolean isHearer(Parse parse, int o) {
        Token t = article.token(o);
        return t.pos().equals("PRP") || !speakers.index().resolve(o).isEmpty() || t.pos().startsWith("NN") && lexicons.isSpeakerNoun(t.word(), t.lemma());
    }

    /** A verb of taking a side ({@code stance-verbs} lexicon): its object is what the stance is about, a person included. */
    private boolean isStance(Token t) {
        return t.pos().startsWith("VB") && lexicons.stanceVerbs().contains(t.lemma()) && !spans.inQuote(t);
    }

    /** The span as a name of someone or something, without punctuation, or null when it holds no name or a pronoun. */
    private int[] named(int[] span) {
        int[] inner = ContentSpans.unpunctuated(article, span);
        boolean name = false;
        for (int t = inner[0]; t <= inner[1]; t++) {
            Token token = article.token(t);
            if (token.pos().startsWith("PRP") || spans.inQuote(token)) {
                return null;
            }
            name |= token.pos().startsWith("NNP");
        }
        return name ? inner : null;
    }

    /**
     * Whether the content opens with its own speaker's name (right after the cue in "said Ada Okafor,
     * a union officer, adding that …" parsed with the speaker in the clause): who speaks is not what was said.
     */
    private boolean opensWithSpeaker(Attribution who, int[] span) {
        // not by a pronoun: "said her plan would work" opens with one for the speaker, and that is what was said
        return !article.token(span[0]).pos().startsWith("PRP")
                && who.speakers().stream().flatMap(e -> e.mentions().stream()).anyMatch(m -> m.firstToken() == span[0]);
    }

    /** Two words or more, none quoted, not only a name or pronoun: "the plan", "a recount". */
    private boolean isBriefContent(int[] span) {
        for (int t = span[0]; t <= span[1]; t++) {
            if (spans.inQuote(article.token(t))) {
                return false;
            }
        }
        return spans.isSubstantive(span) && span[1] - span[0] + 1 >= ContentSpans.MIN_CONTENT_TOKENS;
    }

    private void add(List<Statement> out, Parse parse, int cue, int[] span) {
        add(out, parse, cue, span, null);
    }

    /** A statement found by {@code found}, or, when that is null, by the rule the cue's lexicon and the cue model say. */
    private void add(List<Statement> out, Parse parse, int cue, int[] span, AttributionRule found) {
        Attribution who = speakers.speakerOf(parse, cue);
        if (who == null) {
            return;
        }
        span = PhraseEnd.cut(article, parse, span);
        if (spans.opensWithQuoteRunningOn(span) || span[0] == cue + 1 && opensWithSpeaker(who, span)) {
            return;
        }
        int begin = article.token(span[0]).begin();
        int end = spans.closingQuote(begin, article.token(span[1]).end());
        Token cueToken = article.token(cue);
        StatementKind kind = kindOf(cueToken, lexicons);
        // an unlisted verb's attitude is a less certain one
        AttributionRule rule = found != null ? found : learned.contains(cue) ? AttributionRule.LEARNED_CUE
                : !isListed(cueToken, lexicons) ? AttributionRule.ATTITUDE_UNLISTED_CUE
                : kind == StatementKind.ATTITUDE ? AttributionRule.ATTITUDE : AttributionRule.REPORTED;
        AttributionMethod method = rule.with(who.rule());
        out.add(new Statement(kind, who.speakers(),
                article.text(begin, end), begin, end, parse.sentence().index(), cueToken.word(), cueToken.begin(),
                List.of(), List.of(), method, method.confidence(), false, false));
    }

}
