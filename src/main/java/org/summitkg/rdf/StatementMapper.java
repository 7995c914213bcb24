package org.summitkg.rdf;

import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.statement.Continuations;
import org.summitkg.extract.statement.Reports;
import org.summitkg.extract.statement.Statement;
import org.summitkg.extract.statement.StatementKind;
import org.summitkg.extract.statement.TopicTag;

/** Maps statements to RDF: who said what, how, about what, and exactly where. */
final class StatementMapper {
    private final Model model;
    private final String articleId;
    private final EntityResources resources;

    StatementMapper(Model model, String articleId, EntityResources resources) {
        this.model = model;
        this.articleId = articleId;
        this.resources = resources;
    }

    static String iri(String articleId, Statement s) {
        return SummitIris.article(articleId) + "/statement/" + s.begin() + "-" + s.end();
    }

    /** Maps every statement of the article. */
    void mapAll(java.util.List<Statement> all) {
        java.util.Map<Statement, Statement> continuations = Continuations.of(all);
        java.util.Map<Statement, Statement> reports = Reports.of(all);
        all.forEach(s -> {
            Resource r = map(s, all, continuations);
            Statement reporting = reports.get(s);
            if (reporting != null) {
                r.addProperty(Summit.nestedIn, model.createResource(iri(articleId, reporting)));
                reporting.speakers().forEach(e -> r.addProperty(Summit.reportedBy, model.createResource(resources.iri(e))));
            }
        });
    }

    private Resource map(Statement s, java.util.List<Statement> all, java.util.Map<Statement, Statement> continuations) {
        Resource r = model.createResource(iri(articleId, s), Summit.Statement)
                .addProperty(org.apache.jena.vocabulary.RDF.type,
                        switch (s.kind()) {
                            case DIRECT -> Summit.DirectQuote;
                            case REPORTED -> Summit.ReportedSpeech;
                            case ATTITUDE -> Summit.AttributedAttitude;
                        })
                .addProperty(Summit.text, s.text())
                .addProperty(Summit.statementKind, s.kind().name().toLowerCase(Locale.ROOT))
                .addProperty(Summit.inArticle, model.createResource(SummitIris.article(articleId)))
                .addProperty(Summit.inSentence, model.createResource(SummitIris.sentence(articleId, s.sentence())))
                .addLiteral(Nif.beginIndex, Literals.offset(model, s.begin()))
                .addLiteral(Nif.endIndex, Literals.offset(model, s.end()))
                .addProperty(Summit.attributionMethod, s.method().id())
                .addLiteral(Summit.confidence, Literals.confidence(model, s.confidence()));
        if (!s.cue().isEmpty()) {
            r.addProperty(Summit.cue, s.cue());
        }
        if (s.negated()) {
            r.addLiteral(Summit.negated, true);
        }
        for (Entity e : s.speakers()) {
            r.addProperty(Summit.speaker, model.createResource(resources.iri(e)));
        }
        if (s.unattributed()) {
            r.addProperty(org.apache.jena.vocabulary.RDF.type, Summit.UnattributedStatement);
        }
        for (Entity e : s.mentioned()) {
            r.addProperty(Summit.mentions, model.createResource(resources.iri(e)));
        }
        for (TopicTag t : s.topics()) {
            Resource topic = model.createResource(TopicSchemeReader.iri(t.topic()));
            r.addProperty(Summit.about, topic);
            r.addProperty(Summit.topicTag, model.createResource(r.getURI() + "/topic/" + t.topic(), Summit.TopicTag)
                    .addProperty(Summit.topic, topic)
                    .addProperty(Summit.topicBasis, t.basis().name().toLowerCase(Locale.ROOT)));
        }
        Statement continued = continuations.get(s);
        if (continued != null) {
            r.addProperty(Summit.continues, model.createResource(iri(articleId, continued)));
        }
        if (s.fragment()) {
            r.addLiteral(Summit.quotedFragment, true);
            // the report it stands in, else the one whose cue it shares ("called the plan “a start”" cut short of the quote)
            all.stream().filter(o -> o.kind() == StatementKind.REPORTED && o.holds(s)).findFirst()
                    .or(() -> all.stream().filter(o -> o.kind() != StatementKind.DIRECT && s.cueBegin() >= 0 && o.cueBegin() == s.cueBegin()).findFirst())
                    .ifPresent(o -> r.addProperty(Summit.fragmentOf, model.createResource(iri(articleId, o))));
        }
        return r;
    }
}
