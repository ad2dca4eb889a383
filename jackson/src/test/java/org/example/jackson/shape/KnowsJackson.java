package org.example.jackson.shape;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Breaks the shapes' rule on purpose: a shape that reads Jackson's tree itself. Outside Atelier's
 * packages, so that no architecture test (here or in the modules that rerun these tests) analyses it.
 */
public final class KnowsJackson {

    public boolean isText(JsonNode node) {
        return node.isTextual();
    }
}
