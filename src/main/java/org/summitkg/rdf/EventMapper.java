package org.summitkg.rdf;

import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.summitkg.extract.entity.Mention;
import org.summitkg.extract.event.Event;

/**
 * Maps events to RDF. An event with participants is named by its family, status and participants
 * ({@code …/resource/event/meeting-happened-anna-keller-louis-moreau}), so every article that
 * reports the same event adds to one resource: its places, its date, its mentions.
 */
final class EventMapper {
    private final Model model;
    private final String articleId;
    private final EntityResources resources;

    EventMapper(Model model, String articleId, EntityResources resources) {
        this.model = model;
        this.articleId = articleId;
        this.resources = resources;
    }

    String iri(Event e) {
        if (e.participants().isEmpty()) {
            return SummitIris.event(articleId, e.family(), e.status(), e.mentions().get(0).begin());
        }
        return SummitIris.event(e.family(), e.status(), e.participants().stream().map(resources::iri).toList());
    }

    void map(Event e) {
        Resource r = model.createResource(iri(e), Summit.Event)
                .addProperty(RDF.type, model.createResource(Summit.NS + e.type()))
                .addProperty(Summit.status, e.status().name().toLowerCase(Locale.ROOT))
                .addProperty(Summit.reportedIn, model.createResource(SummitIris.article(articleId)));
        e.participants().forEach(p -> r.addProperty(Summit.participant, model.createResource(resources.iri(p))));
        e.proposers().forEach(p -> r.addProperty(Summit.proposer, model.createResource(resources.iri(p))));
        e.places().forEach(p -> r.addProperty(Summit.eventPlace, model.createResource(resources.iri(p))));
        if (!e.date().isEmpty()) {
            r.addProperty(Summit.date, model.createTypedLiteral(e.date(), Literals.dateType(e.date())));
        }
        for (Mention m : e.mentions()) {
            r.addProperty(Summit.mentionedIn, model.createResource(SummitIris.sentence(articleId, m.sentence())));
            r.addProperty(Summit.trigger, m.text().toLowerCase(Locale.ROOT));
        }
    }
}
