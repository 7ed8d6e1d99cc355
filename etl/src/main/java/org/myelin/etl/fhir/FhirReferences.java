package org.myelin.etl.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * The keys by which resources are referenced: {@code Type/id} for relative and absolute URLs (a server base and a
 * version are dropped), and a Bundle entry's {@code urn:uuid:} or {@code urn:oid:} fullUrl as it is. A resource is
 * staged under all of its keys, a reference under its one key, and SQL joins them.
 */
final class FhirReferences {

    private FhirReferences() {
    }

    /** The key of a reference, or null when it has none (absent, contained, or only an identifier). */
    static @Nullable String key(@Nullable Reference reference) {
        if (reference == null || !reference.hasReference()) {
            return null;
        }
        return key(reference.getReference());
    }

    static @Nullable String key(String reference) {
        if (reference.isBlank() || reference.startsWith("#")) {
            return null;
        }
        if (reference.startsWith("urn:")) {
            return reference;
        }
        String path = reference;
        int history = path.indexOf("/_history/");
        if (history >= 0) {
            path = path.substring(0, history);
        }
        int id = path.lastIndexOf('/');
        if (id <= 0) {
            return null;
        }
        int type = path.lastIndexOf('/', id - 1);
        return path.substring(type + 1);
    }

    /** Every key of a resource read from a file: {@code Type/id} and its entry's fullUrl if that differs. */
    static List<String> keysOf(Resource resource, @Nullable String fullUrl) {
        List<String> keys = new ArrayList<>(2);
        if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
            keys.add(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
        }
        if (fullUrl != null) {
            String key = key(fullUrl);
            if (key != null && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }
}
