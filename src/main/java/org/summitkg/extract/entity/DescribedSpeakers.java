package org.summitkg.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.summitkg.extract.parse.Dashes;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.parse.Names;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

/**
 * Speakers the article describes but does not name as an entity: the subject of a verb of saying
 * that no entity, coreference chain or pronoun rule resolves ("the county clerk said",
 * "several residents told"). Each becomes a group entity (a person or organisation when NER says
 * the words are a name it did not otherwise record), one per description within the article,
 * labelled with the words of the subject up to its head. What counts: a noun for people or a
 * speaking body (group-nouns, titles, described-speakers lexicons), a plural ending as nouns for
 * people do (people-endings lexicon), a proper noun NER saw no place, time or number in, and a
 * poll's share ("six in 10").
 */
public final class DescribedSpeakers {
    /** Longest description kept, in tokens: a longer subject is more likely a parse error than a speaker. */
    private static final int MAX_TOKENS = 8;
    /** Words before a description that are no part of it: its preposition, and the conjunction before a coordinated one. */
    private static final Set<String> SKIPPED_FIRST = Set.of("case", "fixed", "cc");
    private static final Set<String> PREMODIFIERS = Set.of("det", "amod", "compound", "nummod", "nmod:poss");
    /** Longest label, in tokens, with the phrase that says whose the speaker is ("a poll of voters conducted by the university"). */
    private static final int MAX_LABEL_TOKENS = 12;
    /** Parts of speech that head a subject naming someone vaguely: personal pronouns, numbers, "some", "several", "many". */
    private static final Pattern UNRESOLVED_HEADS = Pattern.compile("PRP|CD|DT|JJ.?");
    /** NER classes (besides times) of a proper or plural noun that is not someone who speaks. */
    private static final Set<String> NOT_A_SPEAKER = Set.of("NUMBER", "ORDINAL", "MONEY", "PERCENT",
            "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    /** NER classes of a plural proper noun that names people: "Liberals", "Freedonians", "Catholics". */
    private static final Set<String> PLURAL_PEOPLE = Set.of("O", "NATIONALITY", "IDEOLOGY", "RELIGION", "MISC");

    private final AnnotatedArticle article;
    private final Lexicons lexicons;
    private final Map<String, Entity> byKey = new HashMap<>();

    /**
     * Descriptions of speakers in the article; a description whose key is that of an entity
     * already found ({@code found}) is that entity, so one name is never two entities.
     */
    public DescribedSpeakers(AnnotatedArticle article, Lexicons lexicons, List<Entity> found) {
        this.article = article;
        this.lexicons = lexicons;
        found.forEach(e -> byKey.putIfAbsent(e.key(), e));
    }

    /** The entity a subject describes, or null for pronouns, relative words and what is not a noun phrase. */
    public Entity of(Parse parse, int head) {
        return head < 0 || !canSpeak(article.token(head)) && !isShare(parse, head) ? null : described(parse, head);
    }

    /** A share of those asked, as polls give it: "six in 10 voters said", "nine out of 10 say". */
    private boolean isShare(Parse parse, int head) {
        if (!article.token(head).pos().equals("CD")) {
            return false;
        }
        return parse.children(head, "nmod").stream().anyMatch(n -> article.token(n).pos().equals("CD")
                || parse.children(n, "nummod").stream().anyMatch(c -> article.token(c).pos().equals("CD")));
    }

    /**
     * The entity of a source named after "according to": any noun phrase, since the phrase itself
     * says it is a source ("according to federal statistics").
     */
    public Entity source(Parse parse, int head) {
        return source(parse, head, head);
    }

    /**
     * A source as {@link #source(Parse, int)} gives it, its description running at least to token
     * {@code through}: "Exit polls taken in Freedonia found …", which the parser reads as if the
     * participle were the polls' verb, is "Exit polls taken in Freedonia".
     */
    public Entity source(Parse parse, int head, int through) {
        return head < 0 || !article.token(head).pos().startsWith("NN") ? null : described(parse, head, through);
    }

    /**
     * The subject of a cue as the text gives it when nothing says who it is: a pronoun with no
     * antecedent ("they said") or a quantity of people ("some said", "most of them say", "two of
     * them said"), one entity per mention; null for nouns (the lexicons decide those), relative words and words inside a quotation.
     */
    public Entity unresolved(Parse parse, int head) {
        int h = quantity(parse, head);
        if (h < 0 || !UNRESOLVED_HEADS.matcher(article.token(h).pos()).matches() || quoted(article.token(h))) {
            return null;
        }
        Token t = article.token(h);
        Entity as = t.pos().equals("PRP")
                ? new Entity(t.word(), t.word(), type(t), List.of(new Mention(t.word(), t.begin(), t.end(), t.sentence(), h, h + 1, MentionKind.NOMINAL)))
                : described(parse, h);
        return as == null ? null : ownEntity(as, h);
    }

    /**
     * A speaker nothing resolves, as an entity of its own: one per mention, never merged with
     * another "they" or "some" of this article or any other (its key holds the article and the token).
     */
    private Entity ownEntity(Entity as, int head) {
        String key = Names.key(as.key() + " " + article.article().id() + " " + head);
        return byKey.computeIfAbsent(key, k -> new Entity(as.label(), k, as.type(), as.mentions()));
    }

    /** "Two of them": the quantity that heads the phrase, where the enhanced graph makes "them" the subject. */
    public static int quantity(Parse parse, int head) {
        return head < 0 ? head : parse.enhanced(head, "det:qmod").stream().findFirst().orElse(head);
    }

    private Entity described(Parse parse, int head) {
        return described(parse, head, head);
    }

    private Entity described(Parse parse, int head, int through) {
        int first = firstWord(parse, head, afterDash(parse.span(head)[0], head));
        if (head - first + 1 > MAX_TOKENS) {
            // "…, according to harbour surveys", parsed with the whole clause hung from "surveys": the noun's own words
            first = firstWord(parse, head, premodified(parse, head));
        }
        if (head - first + 1 > MAX_TOKENS) {
            return null;
        }
        int whose = Math.max(whose(article, parse, head), through);
        int last = whose - first + 1 > MAX_LABEL_TOKENS ? shortened(parse, head, whose, first + MAX_LABEL_TOKENS - 1) : whose;
        if (isShare(parse, head)) {
            last = Math.max(last, parse.span(head)[1]); // "six in 10 voters", not "six"
        }
        Token a = article.token(first);
        Token b = article.token(head);
        String text = article.text(a.begin(), article.token(last).end());
        String key = Names.key(text);
        if (key.isEmpty()) {
            return null;
        }
        Mention mention = new Mention(text, a.begin(), article.token(last).end(), b.sentence(), first, last + 1,
                b.pos().startsWith("NNP") ? MentionKind.NAMED : MentionKind.NOMINAL);
        return byKey.computeIfAbsent(key, k -> new Entity(text, k, type(b), List.of(mention)));
    }

    /** The token after the last dash before {@code head} ("PORT ALDER - The director …", a dateline the parser hung on the noun), or {@code from}. */
    private int afterDash(int from, int head) {
        int first = from;
        for (int t = from; t < head; t++) {
            if (Dashes.isDash(article, t)) {
                first = t + 1;
            }
        }
        return first;
    }

    /** The first word of the description from {@code from}: past a preposition, a determiner and words that are no part of it. */
    private int firstWord(Parse parse, int head, int from) {
        int first = from;
        while (first < head && SKIPPED_FIRST.contains(parse.relation(first))) {
            first++; // "by the board": the agent, not its preposition; "and the unions": the unions
        }
        while (first < head && FunctionWords.DESCRIPTION_DETERMINERS.contains(article.token(first).word().toLowerCase(Locale.ROOT))) {
            first++;
        }
        while (first < head && !isWordOfTheName(article.token(first))) {
            first++;
        }
        return first;
    }

    /** The first of the words right before a noun that modify it ("harbour surveys", "the latest ferry surveys"), or the noun. */
    private static int premodified(Parse parse, int head) {
        int first = head;
        while (first > parse.sentence().firstToken() && parse.parent(first - 1) == head && PREMODIFIERS.contains(parse.relation(first - 1))) {
            first--;
        }
        return first;
    }

    /**
     * The last token of the description: the head, or the end of a phrase right after it that says
     * whose the speaker is ("a spokeswoman for the mayor", "the head of the agency", "officials in
     * the ministry", "a poll conducted by the university", "the report published on Friday", "a
     * person familiar with the talks"), unless that phrase holds a verb, or of a
     * relative clause right after it that names something ("a survey that ran in the Harbour
     * Ledger", but "officials who attended the talks" stays "officials"), or of the names that say
     * who they are ("proponents, including the Harbour Guild").
     */
    static int whose(AnnotatedArticle article, Parse parse, int head) {
        int last = head;
        for (int nmod : parse.children(head, "nmod")) {
            int[] span = parse.span(nmod);
            if (isAffiliation(article, span, last) && !article.token(nmod).isTemporal()) { // not "a judge on Thursday"
                // "figures from the harbour office, the port said …": with an aside or a clause, the phrase up to its noun
                last = isClauseOrAside(article, span) ? nmod : span[1];
            }
        }
        for (int acl : parse.children(head, "acl")) {
            int[] span = parse.span(acl);
            int end = beforeComma(article, acl, span[1]); // the parser may run the phrase on into the clause after its comma
            if (span[0] == last + 1 && acl == span[0] && article.token(acl).pos().equals("VBN")
                    && !isClauseOrAside(article, new int[] {acl + 1, end})) {
                last = end; // "a poll conducted by the university", "the report published on Friday": which document it is
            }
        }
        for (int amod : parse.children(head, "amod")) {
            int[] span = parse.span(amod);
            if (span[0] == last + 1 && amod == span[0] && !parse.children(amod, "obl").isEmpty() && !isClauseOrAside(article, span)) {
                last = span[1]; // "a person familiar with the talks", "sources close to the mayor": who they are
            }
        }
        for (int nmod : parse.children(head, "nmod")) {
            int[] span = parse.span(nmod);
            boolean after = span[0] == last + 1 || span[0] == last + 2 && article.token(last + 1).word().equals(",");
            boolean including = after && parse.children(nmod, "case").stream().anyMatch(c -> FunctionWords.INCLUDING.contains(article.token(c).word()));
            if (including && article.token(nmod).pos().startsWith("NNP")) {
                last = span[1]; // "proponents, including the Harbour Guild", "critics like Okafor": who they are
            }
        }
        for (int clause : parse.children(head, "acl:relcl")) {
            int[] span = parse.span(clause);
            boolean named = java.util.stream.IntStream.rangeClosed(span[0], span[1]).anyMatch(t -> article.token(t).pos().startsWith("NNP"));
            if (span[0] == last + 1 && named && article.token(span[0]).isRelativeWord()) {
                last = span[1]; // "a survey that ran in the Harbour Ledger": the name that says which survey
            }
        }
        return last;
    }

    /** The last token before the first comma after {@code from}, up to {@code end}. */
    private static int beforeComma(AnnotatedArticle article, int from, int end) {
        for (int t = from + 1; t <= end; t++) {
            if (article.token(t).word().equals(",")) {
                return t - 1;
            }
        }
        return end;
    }

    /** A phrase right after token {@code last} that opens with a preposition tying a speaker to a body or place. */
    private static boolean isAffiliation(AnnotatedArticle article, int[] span, int last) {
        return span[0] == last + 1 && FunctionWords.AFFILIATION_PREPOSITIONS.contains(article.token(span[0]).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a phrase holds a verb other than a participle (which may be an adjective: "the ruling
     * party") or a comma that no name follows: then it is a clause or an aside the parser hung on
     * the noun, not whose the speaker is.
     */
    private static boolean isClauseOrAside(AnnotatedArticle article, int[] span) {
        for (int t = span[0]; t <= span[1]; t++) {
            String pos = article.token(t).pos();
            boolean aside = pos.equals(",") && (t == span[1] || !article.token(t + 1).pos().startsWith("NNP")); // not "the University of Freedonia, Port Alder"
            if (pos.startsWith("VB") && !pos.equals("VBG") && !pos.equals("VBN") || aside) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the phrase saying whose the speaker is runs too long, up to the last name that ends by
     * {@code limit} ("exit polls conducted for the Harbour Ledger and two broadcasters by Northgate
     * Research" is "exit polls conducted for the Harbour Ledger"), else as {@link #whoseHead}.
     */
    private int shortened(Parse parse, int head, int whose, int limit) {
        int end = Math.min(whose, limit);
        for (int t = head + 1; t <= end; t++) {
            if (article.token(t).isRelativeWord() || article.token(t).isFinite()) {
                end = t - 1; // "a boy who stared at a portrait of Okafor": no relative clause cut short
            }
        }
        for (int t = end; t > head; t--) {
            boolean nameEnds = t + 1 >= article.tokens().size() || !article.token(t + 1).pos().startsWith("NNP") && !article.token(t + 1).pos().equals("POS");
            if (article.token(t).pos().startsWith("NNP") && nameEnds) {
                return t;
            }
        }
        return whoseHead(parse, head, limit);
    }

    /**
     * Where the phrase saying whose the speaker is runs too long, its head alone, if it ends by
     * {@code limit}: "a review by the harbour board of the ferry operators of the northern coast"
     * is "review by the harbour board"; else the speaker's own head.
     */
    private int whoseHead(Parse parse, int head, int limit) {
        for (int nmod : parse.children(head, "nmod")) {
            int[] span = parse.span(nmod);
            if (nmod <= limit && isAffiliation(article, span, head)) {
                return nmod;
            }
        }
        return head;
    }

    /** A noun for people or a speaking body, or a name NER saw as a person or organisation. */
    private boolean canSpeak(Token t) {
        if (t.pos().equals("NNPS") && PLURAL_PEOPLE.contains(t.ner())) {
            return true; // "Liberals said", "Freedonians say": a people, a party's members, believers
        }
        if (t.pos().equals("NNP")) {
            // a name NER missed or took for something else ("Okafor said", "Brightwater said"): a speaker all the same,
            // unless NER saw a place, time or number in it
            return !notASpeaker(t) && !quoted(t);
        }
        if (t.pos().startsWith("NNP")) {
            return t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
        }
        if (t.pos().equals("NNS") && !notASpeaker(t) && endsAsPeople(t.word())) {
            return true; // "critics say", "proponents of the bill say", "others say": people the lexicons do not list
        }
        // CoreNLP tags job titles ("clerk", "economist") TITLE: a title is someone who can speak
        return t.pos().startsWith("NN") && (t.ner().equals("TITLE") || lexicons.isSpeakerNoun(t.word(), t.lemma()));
    }

    private boolean endsAsPeople(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return lexicons.peopleEndings().entries().stream().anyMatch(w::endsWith);
    }

    /** A place, a time or a number, as NER tagged it. */
    private static boolean notASpeaker(Token t) {
        return t.isTemporal() || NOT_A_SPEAKER.contains(t.ner());
    }

    /** Inside a quotation: a capitalised word there ("“Wow, that is news,” she said") is the speaker's, not the speaker. */
    private boolean quoted(Token t) {
        return article.annotations().quotes().stream().anyMatch(q -> q.begin() <= t.begin() && t.end() <= q.end());
    }

    private static boolean isWordOfTheName(Token t) {
        return Character.isLetterOrDigit(t.word().codePointAt(0)) && !t.pos().equals("POS");
    }

    private static EntityType type(Token head) {
        return switch (head.ner()) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            default -> EntityType.GROUP;
        };
    }
}
