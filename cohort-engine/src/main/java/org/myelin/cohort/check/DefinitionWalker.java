package org.myelin.cohort.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.cohort.model.Criteria;
import org.myelin.cohort.model.EndStrategy;

/**
 * Lists every non-null value of a definition with its JSON path, by walking the model's records through their
 * {@code @JsonProperty} names; criteria and end strategies appear under their ATLAS type name, as in the JSON.
 */
final class DefinitionWalker {

    List<ModelNode> walk(CohortExpression expression) {
        List<ModelNode> nodes = new ArrayList<>();
        walk("$", "$", expression, nodes);
        return nodes;
    }

    private void walk(String path, String attribute, Object value, List<ModelNode> nodes) {
        nodes.add(new ModelNode(path, attribute, value));
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", attribute, list.get(i), nodes);
            }
            return;
        }
        if (!(value instanceof Record record)) {
            return;
        }
        String base = path;
        if (value instanceof Criteria || value instanceof EndStrategy) {
            base = path + "." + typeName(value);
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object child = read(component, record);
            if (child != null) {
                String name = jsonName(component);
                walk(base + "." + name, name, child, nodes);
            }
        }
    }

    /** The ATLAS name of a criteria or strategy: the record's name, except the strategies' wrapper names. */
    static String typeName(Object value) {
        String name = value.getClass().getSimpleName();
        return name.endsWith("Strategy") ? name.substring(0, name.length() - "Strategy".length()) : name;
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        if (property == null) {
            property = component.getAccessor().getAnnotation(JsonProperty.class);
        }
        return property == null ? component.getName() : property.value();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
