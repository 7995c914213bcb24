package org.summitkg.rdf;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.summitkg.corpus.Article;
import org.summitkg.internal.Sha256;

/**
 * What an article's graph was made from: the text's SHA-256, the pipeline version (code, data
 * and CoreNLP settings), the source file and the metadata. A build whose article has the state its
 * stored graph records has nothing to redo for it.
 *
 * @param textSha256      {@code summit:textSha256} of the graph
 * @param pipelineVersion {@code summit:pipelineVersion} of the graph
 * @param file            the article's source file
 * @param title           its headline, or empty
 * @param author          its byline, or empty
 * @param url             its URL, or empty
 * @param published       its publication date (ISO), or empty
 */
public record SourceState(String textSha256, String pipelineVersion, String file, String title, String author, String url,
                          String published) {
    /** The state a build of this article with this pipeline would record. */
    public static SourceState of(Article a, String pipelineVersion) {
        return new SourceState(Sha256.hex(a.text()), pipelineVersion, a.file(), a.title(), a.author(), a.source(),
                a.publishedDate().map(Object::toString).orElse(""));
    }

    /** A digest of the whole state: two builds with the same digest make the same graph (the Spark manifest's {@code sourceState}). */
    public String digest() {
        return Sha256.hex(String.join("\t", textSha256, pipelineVersion, file, title, author, url, published));
    }

    /** The state recorded in an article's graph, if it has one. */
    static Optional<SourceState> in(Model graph, String articleId) {
        Resource g = graph.getResource(SummitIris.graph(articleId));
        Resource a = graph.getResource(SummitIris.article(articleId));
        if (!g.hasProperty(Summit.textSha256) || !g.hasProperty(Summit.pipelineVersion)) {
            return Optional.empty();
        }
        return Optional.of(new SourceState(value(g, Summit.textSha256), value(g, Summit.pipelineVersion),
                value(a, Summit.sourceFile), value(a, graph.createProperty(RdfMapper.SCHEMA, "headline")),
                value(a, Summit.byline), value(a, graph.createProperty(RdfMapper.SCHEMA, "url")),
                value(a, graph.createProperty(RdfMapper.SCHEMA, "datePublished"))));
    }

    private static String value(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? "" : s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : s.getObject().toString();
    }
}
