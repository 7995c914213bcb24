package org.summitkg.rdf;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.summitkg.internal.Sha256;
import org.summitkg.corpus.Article;
import org.summitkg.extract.ArticleGraph;
import org.summitkg.extract.SentenceSpan;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.Mention;
import org.summitkg.link.Links;

/**
 * Maps one {@link ArticleGraph} to the RDF of its named graph: the article (text, metadata),
 * its sentences, its entities and each mention with offsets, and the graph's PROV-O record.
 *
 * <pre>{@code
 * Model m = new RdfMapper(new GraphMetadata(Instant.now(), "summit-kg 0.1.0")).map(graph);
 * }</pre>
 */
public final class RdfMapper {
    static final String SCHEMA = "https://schema.org/";
    static final String PROV = "http://www.w3.org/ns/prov#";

    private final GraphMetadata metadata;

    public RdfMapper(GraphMetadata metadata) {
        this.metadata = metadata;
    }

    /** The graph of an article whose entities are not linked. */
    public Model map(ArticleGraph graph) {
        return map(graph, Links.none());
    }

    public Model map(ArticleGraph graph, Links links) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.apply(m);
        Resource article = article(m, graph.article());
        graph.sentences().forEach(s -> sentence(m, graph.article().id(), s));
        EntityResources resources = new EntityResources(links);
        for (Entity e : graph.entities()) {
            Resource entity = resources.resource(m, e);
            article.addProperty(Summit.mentions, entity);
            e.mentions().forEach(x -> mention(m, graph.article().id(), entity, x));
        }
        StatementMapper statements = new StatementMapper(m, graph.article().id(), resources);
        statements.mapAll(graph.statements());
        EventMapper events = new EventMapper(m, graph.article().id(), resources, graph.events(), graph.article().published());
        graph.events().forEach(events::map);
        events.partOf(graph.events());
        graph.madeAt().forEach(x -> m.createResource(StatementMapper.iri(graph.article().id(), x.statement()))
                .addProperty(Summit.madeAt, m.createResource(events.iri(x.event()))));
        provenance(m, graph.article());
        return m;
    }

    private static Resource article(Model m, Article a) {
        Resource r = m.createResource(SummitIris.article(a.id()), Summit.Article);
        r.addProperty(Summit.sourceFile, a.file());
        r.addProperty(Nif.isString, a.text());
        if (!a.title().isEmpty()) {
            r.addProperty(m.createProperty(SCHEMA, "headline"), a.title());
        }
        if (!a.author().isEmpty()) {
            r.addProperty(Summit.byline, a.author());
        }
        if (!a.source().isEmpty()) {
            r.addProperty(m.createProperty(SCHEMA, "url"), a.source());
        }
        a.publishedDate().ifPresent(d -> r.addProperty(m.createProperty(SCHEMA, "datePublished"),
                m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
        return r;
    }

    private static void sentence(Model m, String articleId, SentenceSpan s) {
        m.createResource(SummitIris.sentence(articleId, s.index()), Summit.Sentence)
                .addProperty(Summit.inArticle, m.createResource(SummitIris.article(articleId)))
                .addLiteral(Summit.sentenceIndex, m.createTypedLiteral(s.index()))
                .addProperty(Nif.anchorOf, s.text())
                .addLiteral(Nif.beginIndex, Literals.offset(m, s.begin()))
                .addLiteral(Nif.endIndex, Literals.offset(m, s.end()));
    }

    private static void mention(Model m, String articleId, Resource entity, Mention x) {
        m.createResource(SummitIris.mention(articleId, x.begin(), x.end()), Summit.Mention)
                .addProperty(Summit.refersTo, entity)
                .addProperty(Summit.inArticle, m.createResource(SummitIris.article(articleId)))
                .addProperty(Summit.inSentence, m.createResource(SummitIris.sentence(articleId, x.sentence())))
                .addProperty(Nif.anchorOf, x.text())
                .addLiteral(Nif.beginIndex, Literals.offset(m, x.begin()))
                .addLiteral(Nif.endIndex, Literals.offset(m, x.end()))
                .addProperty(Summit.mentionKind, x.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    private void provenance(Model m, Article a) {
        Calendar time = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
        time.setTimeInMillis(metadata.generatedAt().toEpochMilli());
        m.createResource(SummitIris.graph(a.id()))
                .addProperty(RDF.type, m.createResource(PROV + "Entity"))
                .addProperty(m.createProperty(PROV, "wasDerivedFrom"), m.createResource(SummitIris.article(a.id())))
                .addLiteral(m.createProperty(PROV, "generatedAtTime"), m.createTypedLiteral(time))
                .addProperty(Summit.pipelineVersion, metadata.pipelineVersion())
                .addProperty(Summit.sourceFile, a.file())
                .addProperty(Summit.textSha256, Sha256.hex(a.text()));
    }


}
