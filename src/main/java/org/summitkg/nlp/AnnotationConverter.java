package org.summitkg.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a CoreNLP {@link Annotation} into {@link Annotations} records. */
final class AnnotationConverter {
    private final Annotation doc;
    private final List<CoreMap> sentences;
    private final int[] sentenceStart;

    AnnotationConverter(Annotation doc) {
        this.doc = doc;
        this.sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        this.sentenceStart = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            sentenceStart[i] = sentences.get(i).get(CoreAnnotations.TokenBeginAnnotation.class);
        }
    }

    Annotations convert() {
        return new Annotations(tokens(), sentenceRecords(), nerMentions(), corefChains(), quotes());
    }

    private List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (CoreLabel t : sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)) {
                out.add(new Token(out.size(), s, t.word(), t.lemma(), t.tag(), t.ner(),
                        t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                        t.beginPosition(), t.endPosition()));
            }
        }
        return out;
    }

    private List<Sentence> sentenceRecords() {
        List<Sentence> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            CoreMap sentence = sentences.get(s);
            out.add(new Sentence(s, sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    sentence.get(CoreAnnotations.TokenBeginAnnotation.class),
                    sentence.get(CoreAnnotations.TokenEndAnnotation.class),
                    dependencies(s, SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
                    dependencies(s, SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)));
        }
        return out;
    }

    private List<Dependency> dependencies(int s,
            Class<? extends edu.stanford.nlp.util.TypesafeMap.Key<SemanticGraph>> kind) {
        SemanticGraph graph = sentences.get(s).get(kind);
        List<Dependency> out = new ArrayList<>();
        if (graph == null) {
            return out;
        }
        int offset = sentenceStart[s] - 1;
        graph.getRoots().forEach(r -> out.add(new Dependency("root", Dependency.ROOT, offset + r.index())));
        for (SemanticGraphEdge e : graph.edgeListSorted()) {
            out.add(new Dependency(e.getRelation().toString(), offset + e.getGovernor().index(),
                    offset + e.getDependent().index()));
        }
        return out;
    }

    private List<NerMention> nerMentions() {
        List<NerMention> out = new ArrayList<>();
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return out;
        }
        for (CoreMap m : mentions) {
            out.add(new NerMention(m.get(CoreAnnotations.TokenBeginAnnotation.class),
                    m.get(CoreAnnotations.TokenEndAnnotation.class),
                    m.get(CoreAnnotations.NamedEntityTagAnnotation.class), m.get(CoreAnnotations.TextAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
        return out;
    }

    private List<CorefChain> corefChains() {
        Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains =
                doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        List<CorefChain> out = new ArrayList<>();
        if (chains == null) {
            return out;
        }
        for (var chain : chains.values()) {
            List<CorefMention> mentions = new ArrayList<>();
            for (var m : chain.getMentionsInTextualOrder()) {
                mentions.add(corefMention(m));
            }
            out.add(new CorefChain(chain.getChainID(), mentions));
        }
        return out;
    }

    private CorefMention corefMention(edu.stanford.nlp.coref.data.CorefChain.CorefMention m) {
        int offset = sentenceStart[m.sentNum - 1] - 1;
        int first = offset + m.startIndex;
        int end = offset + m.endIndex;
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return new CorefMention(first, end, offset + m.headIndex, m.mentionType.name(), m.mentionSpan,
                tokens.get(first).beginPosition(), tokens.get(end - 1).endPosition());
    }

    private List<Quote> quotes() {
        List<Quote> out = new ArrayList<>();
        if (doc.get(CoreAnnotations.QuotationsAnnotation.class) == null) {
            return out;
        }
        for (CoreQuote q : new CoreDocument(doc).quotes()) {
            out.add(quote(q));
        }
        return out;
    }

    private static Quote quote(CoreQuote q) {
        Pair<Integer, Integer> span = q.quoteCharOffsets();
        CoreMap map = q.coreMap();
        Integer first = map.get(CoreAnnotations.TokenBeginAnnotation.class);
        Integer end = map.get(CoreAnnotations.TokenEndAnnotation.class);
        Pair<Integer, Integer> speaker = q.speakerCharOffsets().orElse(new Pair<>(-1, -1));
        return new Quote(q.text(), span.first, span.second, first == null ? -1 : first, end == null ? -1 : end,
                q.speaker().orElse(""), speaker.first, speaker.second);
    }
}
