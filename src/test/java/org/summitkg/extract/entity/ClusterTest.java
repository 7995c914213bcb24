package org.summitkg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.parse.Names;


class ClusterTest {
    private static Cluster person(String name, int begin) {
        Mention m = new Mention(name, begin, begin + name.length(), 0, begin, begin + 1, MentionKind.NAMED);
        return new Cluster(new Candidate(m, EntityType.PERSON, Names.key(name)));
    }

    @Test
    void aDescriptionAnotherEntityAlreadyHasIsDropped() {
        Mention president = new Mention("the president", 40, 53, 1, 9, 11, MentionKind.NOMINAL);
        Cluster keller = person("Anna Keller", 0);
        Cluster moreau = person("Louis Moreau", 20);
        keller.addNominal(president);
        moreau.addNominal(president);
        Set<String> taken = new HashSet<>();
        keller.keepUnclaimed(taken);
        moreau.keepUnclaimed(taken);
        assertEquals(2, keller.toEntity().mentions().size());
        assertEquals(1, moreau.toEntity().mentions().size());
    }
}
