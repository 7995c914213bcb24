package org.summitkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The summit-kg vocabulary ({@code ontology/summit.ttl}) as Jena terms; a test keeps the two in
 * step.
 */
public final class Summit {
    /** Namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/summit-kg/ontology#";

    /** A news article of the corpus. */
    public static final Resource Article = resource("Article");
    /** A sentence of an article. */
    public static final Resource Sentence = resource("Sentence");
    /** A span of text that refers to an entity. */
    public static final Resource Mention = resource("Mention");
    /** Anything an article refers to. */
    public static final Resource Entity = resource("Entity");
    /** An individual human being. */
    public static final Resource Person = resource("Person");
    /** An unnamed collective of people. */
    public static final Resource Group = resource("Group");
    /** A named organization or government body. */
    public static final Resource Organization = resource("Organization");
    /** A geographic place. */
    public static final Resource Place = resource("Place");
    /** A sovereign state. */
    public static final Resource Country = resource("Country");
    /** A city or town. */
    public static final Resource City = resource("City");
    /** A state, province or region. */
    public static final Resource Region = resource("Region");
    /** A building, base or other structure. */
    public static final Resource Facility = resource("Facility");

    /** Something an entity said. */
    public static final Resource Statement = resource("Statement");
    /** A statement in the speaker's exact words. */
    public static final Resource DirectQuote = resource("DirectQuote");
    /** A statement in the article's words. */
    public static final Resource ReportedSpeech = resource("ReportedSpeech");
    /** A belief, wish, intention or demand attributed to someone. */
    public static final Resource AttributedAttitude = resource("AttributedAttitude");
    public static final Resource UnattributedStatement = resource("UnattributedStatement");

    /** An event. */
    public static final Resource Event = resource("Event");
    /** A meeting of leaders. */
    public static final Resource Summit = resource("Summit");
    /** A meeting, talks. */
    public static final Resource Meeting = resource("Meeting");
    /** A press conference. */
    public static final Resource PressConference = resource("PressConference");
    /** A call. */
    public static final Resource PhoneCall = resource("PhoneCall");
    /** A visit. */
    public static final Resource Visit = resource("Visit");
    /** A war, invasion, attack. */
    public static final Resource MilitaryAction = resource("MilitaryAction");
    /** An interview. */
    public static final Resource Interview = resource("Interview");
    /** An exchange of prisoners. */
    public static final Resource PrisonerExchange = resource("PrisonerExchange");
    /** An agreement, accord or treaty. */
    public static final Resource Agreement = resource("Agreement");
    /** Sanctions imposed or threatened. */
    public static final Resource Sanctions = resource("Sanctions");
    /** An election. */
    public static final Resource Election = resource("Election");
    /** An event the article recalls from years before it: history, not news (also typed by its kind). */
    public static final Resource HistoricalEvent = resource("HistoricalEvent");

    /** Who hosted an event (a participant too). */
    public static final Property host = property("host");
    /** Who mediated an event (a participant too). */
    public static final Property mediator = property("mediator");
    /** An event that is part of a larger one (the press conference of a summit). */
    public static final Property partOf = property("partOf");
    /** Who takes part in an event. */
    public static final Property participant = property("participant");
    /** Where an event is. */
    public static final Property eventPlace = property("eventPlace");
    /** The most specific place of an event. */
    public static final Property mainPlace = property("mainPlace");
    /** The day of an event. */
    public static final Property date = property("date");
    /** happened, proposed or hypothetical. */
    public static final Property status = property("status");
    /** Who proposed an event. */
    public static final Property proposer = property("proposer");
    /** An article that reports an event. */
    public static final Property reportedIn = property("reportedIn");
    /** A sentence that mentions an event. */
    public static final Property mentionedIn = property("mentionedIn");
    /** The event a statement was made at. */
    public static final Property madeAt = property("madeAt");
    /** A word that mentions an event. */
    public static final Property trigger = property("trigger");

    /** Article or statement refers to the entity. */
    public static final Property mentions = property("mentions");
    /** The entity a mention refers to. */
    public static final Property refersTo = property("refersTo");
    /** The article a mention or sentence belongs to. */
    public static final Property inArticle = property("inArticle");
    /** The sentence a mention stands in. */
    public static final Property inSentence = property("inSentence");
    /** "named" or "nominal". */
    public static final Property mentionKind = property("mentionKind");
    /** Position of a sentence in its article. */
    public static final Property sentenceIndex = property("sentenceIndex");
    /** The corpus file name. */
    public static final Property sourceFile = property("sourceFile");
    /** Author or outlet. */
    public static final Property byline = property("byline");
    /** Versions and settings that produced a graph. */
    public static final Property pipelineVersion = property("pipelineVersion");
    /** SHA-256 of the article text. */
    public static final Property textSha256 = property("textSha256");
    /** Who made a statement. */
    public static final Property speaker = property("speaker");
    /** The quoted or reported words. */
    public static final Property text = property("text");
    /** "direct", "reported" or "attitude". */
    public static final Property statementKind = property("statementKind");
    /** The verb or noun of saying. */
    public static final Property cue = property("cue");
    /** A topic a statement speaks of. */
    public static final Property about = property("about");
    /** A statement's topic with the reason it was given. */
    public static final Resource TopicTag = resource("TopicTag");
    /** Statement → one of its topic tags. */
    public static final Property topicTag = property("topicTag");
    /** The topic of a topic tag. */
    public static final Property topic = property("topic");
    /** Why a statement is about a topic: "text", "sentence" or "context". */
    public static final Property topicBasis = property("topicBasis");
    /** The quote a continuing quote goes on from (the same speaker's next words). */
    public static final Property continues = property("continues");
    /** The reported statement a quoted fragment belongs to. */
    public static final Property fragmentOf = property("fragmentOf");
    /** A quote the writer's sentence runs into ("called the plan “reckless”"): words of what was said, not an utterance of its own. */
    public static final Property quotedFragment = property("quotedFragment");
    /** The statement whose content reports a nested one ("the Ledger reported that Okafor told aides …"). */
    public static final Property nestedIn = property("nestedIn");
    /** Who reports a nested statement: the speakers of the statement it stands in. */
    public static final Property reportedBy = property("reportedBy");
    /** Which rule attributed a statement. */
    public static final Property attributionMethod = property("attributionMethod");
    public static final Property negated = property("negated");
    /** What the bundled queries and graph views add to the kind of a statement with {@link #negated} ("reported (negated)"). */
    public static final String NEGATED_KIND = " (negated)";
    /** How sure a rule is, 0–1. */
    public static final Property confidence = property("confidence");
    /** How an entity was linked to Wikidata. */
    public static final Property linkMethod = property("linkMethod");
    /** How sure the link is, 0–1. */
    public static final Property linkConfidence = property("linkConfidence");
    /** Bare Wikidata QID. */
    public static final Property wikidataId = property("wikidataId");

    private Summit() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
