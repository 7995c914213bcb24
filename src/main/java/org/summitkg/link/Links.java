package org.summitkg.link;

import java.util.Map;
import java.util.Optional;
import org.summitkg.extract.entity.Entity;

/** The links found for the entities of one article; entities without a link are absent. */
public record Links(Map<Entity, Link> byEntity) {
    public Links {
        byEntity = Map.copyOf(byEntity);
    }

    public static Links none() {
        return new Links(Map.of());
    }

    public Optional<Link> of(Entity e) {
        return Optional.ofNullable(byEntity.get(e));
    }
}
