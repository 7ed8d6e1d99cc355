package org.myelin.etl.load;

import static org.myelin.sql.jooq.myelin.Tables.ID_MAP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;

/**
 * Stable surrogate ids for one CDM entity from one source system: a source id gets the id it had in every
 * earlier run, and a new source id gets the next free one. Backed by {@code myelin.id_map}.
 *
 * <p>Loaded with one query and saved with one COPY; new ids become permanent only when {@link #save()} runs,
 * which a run does once its rows are written.
 */
public final class IdMap {

    private final DataSource dataSource;
    private final Schemas schemas;
    private final String entity;
    private final String sourceSystem;
    private final Map<String, Long> ids;
    private final List<String> added = new ArrayList<>();
    private long nextId;

    private IdMap(DataSource dataSource, Schemas schemas, String entity, String sourceSystem,
            Map<String, Long> ids, long nextId) {
        this.dataSource = dataSource;
        this.schemas = schemas;
        this.entity = entity;
        this.sourceSystem = sourceSystem;
        this.ids = ids;
        this.nextId = nextId;
    }

    /** Reads the ids given so far; new ids continue after the highest one of this entity in any source system. */
    public static IdMap load(DataSource dataSource, Schemas schemas, String entity, String sourceSystem) {
        DSLContext sql = DSL.using(dataSource, Schemas.dialect(), schemas.settings());
        Map<String, Long> ids = new HashMap<>();
        for (Record2<String, Long> row : sql.select(ID_MAP.SOURCE_ID, ID_MAP.ID).from(ID_MAP)
                .where(ID_MAP.ENTITY.eq(entity), ID_MAP.SOURCE_SYSTEM.eq(sourceSystem)).fetch()) {
            ids.put(row.value1(), row.value2());
        }
        Long max = sql.select(DSL.max(ID_MAP.ID)).from(ID_MAP).where(ID_MAP.ENTITY.eq(entity)).fetchOne(0, Long.class);
        return new IdMap(dataSource, schemas, entity, sourceSystem, ids, max == null ? 1 : max + 1);
    }

    /** The id of a source id, given now if it has none yet. */
    public long idFor(String sourceId) {
        Long id = ids.get(sourceId);
        if (id != null) {
            return id;
        }
        long given = nextId++;
        ids.put(sourceId, given);
        added.add(sourceId);
        return given;
    }

    /** Whether a source id has an id already (from an earlier run or this one). */
    public boolean contains(String sourceId) {
        return ids.containsKey(sourceId);
    }

    /** Persists the ids given since loading. */
    public void save() {
        if (added.isEmpty()) {
            return;
        }
        try (CopyWriter writer = new CopyWriter(dataSource, schemas, ID_MAP,
                List.of(ID_MAP.ENTITY, ID_MAP.SOURCE_SYSTEM, ID_MAP.SOURCE_ID, ID_MAP.ID))) {
            for (String sourceId : added) {
                writer.write(entity, sourceSystem, sourceId, ids.get(sourceId));
            }
        }
        added.clear();
    }
}
