package org.myelin.etl.registry;

import static org.myelin.sql.jooq.myelin.Tables.REGISTRY_KEY;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.load.CopyWriter;
import org.myelin.etl.registry.ColumnRule.Violation;
import org.myelin.etl.registry.read.RegistryRowChecker;
import org.myelin.etl.registry.read.RegistryRowChecker.Reference;
import org.myelin.etl.registry.read.SourceLine;
import org.myelin.sql.Schemas;
import org.myelin.sql.jooq.myelin.tables.RegistryKey;

/**
 * The format's rules across rows, checked by set-based SQL rather than sets of ids held in memory: a row's id must
 * not be used by an earlier admitted row of its file, and a reference (a patient's centre, an adverse event's
 * suspected treatment) must name an admitted row of the file it points at. The keys of the lines that keep the
 * row-level rules are staged in {@code myelin.registry_key} by a first pass over the file; the lines these rules
 * reject then come back in line order, to be merged with the second pass that loads the file.
 */
final class RegistryKeys {

    private static final int FETCH_ROWS = 10_000;

    private final DataSource dataSource;
    private final Schemas schemas;
    private final boolean centresGiven;

    /** @param centresGiven whether the export has centres.csv; without it, centre ids cannot be checked */
    RegistryKeys(DataSource dataSource, Schemas schemas, boolean centresGiven) {
        this.dataSource = dataSource;
        this.schemas = schemas;
        this.centresGiven = centresGiven;
    }

    /** Forgets the keys of an earlier run, finished or killed. */
    void clear() {
        DSL.using(dataSource, Schemas.dialect(), schemas.settings()).truncate(REGISTRY_KEY).execute();
    }

    /** Whether a file has ids or references to check, and so needs its keys staged first. */
    boolean apply(RegistryFile file) {
        return RegistryRowChecker.ID_COLUMNS.containsKey(file) || reference(file).isPresent();
    }

    /** A writer of the keys of a file's admitted lines; they are committed on close. */
    Stage stage(RegistryFile file) {
        return new Stage(file, new CopyWriter(dataSource, schemas, REGISTRY_KEY,
                List.of(REGISTRY_KEY.FILE, REGISTRY_KEY.LINE, REGISTRY_KEY.KEY, REGISTRY_KEY.REFERENCE)),
                RegistryRowChecker.ID_COLUMNS.get(file), reference(file).map(Reference::column).orElse(null));
    }

    /**
     * Fresh statistics on the staged keys, taken after each file is staged: without them the planner believes a newly
     * staged file has no rows and joins its lines by nested loops, quadratic in the file's size.
     */
    void analyze() {
        DSL.using(dataSource, Schemas.dialect(), schemas.settings()).execute("analyze {0}", REGISTRY_KEY);
    }

    /** The staged lines of a file that break a rule across rows, in line order, read as the file is loaded. */
    Rejections rejections(RegistryFile file) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false); // PostgreSQL streams a result in fetch-size batches only inside a transaction
            Cursor<Record4<Long, String, String, Boolean>> cursor = rejectedLines(DSL.using(connection, Schemas.dialect(),
                    schemas.settings()), file).fetchSize(FETCH_ROWS).fetchLazy();
            return new Rejections(connection, cursor, RegistryRowChecker.ID_COLUMNS.get(file), reference(file).orElse(null));
        } catch (RuntimeException | SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("cannot check the ids of " + file.fileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Line, id, reference and whether the id is a duplicate, of every staged line whose id an earlier line has or whose
     * reference names no staged row of its target: hash joins against the first line of each id and the distinct
     * targets, not a lookup per line.
     */
    private Select<Record4<Long, String, String, Boolean>> rejectedLines(DSLContext sql, RegistryFile file) {
        RegistryKey line = REGISTRY_KEY.as("line");
        Table<?> firstUse = DSL.select(REGISTRY_KEY.KEY, DSL.min(REGISTRY_KEY.LINE).as("first_line")).from(REGISTRY_KEY)
                .where(REGISTRY_KEY.FILE.eq(file.fileName()), REGISTRY_KEY.KEY.isNotNull()).groupBy(REGISTRY_KEY.KEY)
                .asTable("first_use");
        Condition duplicate = firstUse.field("first_line", Long.class).lt(line.LINE);
        Condition rejected = duplicate;
        Optional<Reference> reference = reference(file);
        Table<?> from = line.leftJoin(firstUse).on(firstUse.field(REGISTRY_KEY.KEY).eq(line.KEY));
        if (reference.isPresent()) {
            Table<?> targets = DSL.selectDistinct(REGISTRY_KEY.KEY).from(REGISTRY_KEY)
                    .where(REGISTRY_KEY.FILE.eq(reference.get().target().fileName())).asTable("target");
            from = from.leftJoin(targets).on(targets.field(REGISTRY_KEY.KEY).eq(line.REFERENCE));
            rejected = rejected.or(line.REFERENCE.isNotNull().and(targets.field(REGISTRY_KEY.KEY).isNull()));
        }
        return sql.select(line.LINE, line.KEY, line.REFERENCE, DSL.field(duplicate))
                .from(from).where(line.FILE.eq(file.fileName()), rejected).orderBy(line.LINE);
    }

    private Optional<Reference> reference(RegistryFile file) {
        Reference reference = RegistryRowChecker.REFERENCES.get(file);
        return reference == null || (reference.target() == RegistryFile.CENTRES && !centresGiven)
                ? Optional.empty() : Optional.of(reference);
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing was read through it
            }
        }
    }

    /** Stages the keys of one file's admitted lines. */
    static final class Stage implements AutoCloseable {

        private final RegistryFile file;
        private final CopyWriter writer;
        private final @Nullable String idColumn;
        private final @Nullable String referenceColumn;

        /** Stages {@code idColumn} and {@code referenceColumn} (the reference that is checked), when the file has them. */
        private Stage(RegistryFile file, CopyWriter writer, @Nullable String idColumn, @Nullable String referenceColumn) {
            this.file = file;
            this.writer = writer;
            this.idColumn = idColumn;
            this.referenceColumn = referenceColumn;
        }

        void write(SourceLine line) {
            writer.write(file.fileName(), line.line(), idColumn == null ? null : line.get(idColumn),
                    referenceColumn == null ? null : line.get(referenceColumn));
        }

        @Override
        public void close() {
            writer.close();
        }
    }

    /** The rejected lines of one file, consumed in line order. */
    static final class Rejections implements AutoCloseable {

        private final @Nullable Connection connection;
        private final @Nullable Cursor<Record4<Long, String, String, Boolean>> cursor;
        private final @Nullable String idColumn;
        private final @Nullable Reference reference;
        private @Nullable Record4<Long, String, String, Boolean> current;

        private Rejections(@Nullable Connection connection, @Nullable Cursor<Record4<Long, String, String, Boolean>> cursor,
                @Nullable String idColumn,
                @Nullable Reference reference) {
            this.connection = connection;
            this.cursor = cursor;
            this.idColumn = idColumn;
            this.reference = reference;
            this.current = cursor != null && cursor.hasNext() ? cursor.fetchNext() : null;
        }

        /** No rejections: for files without ids or references. */
        static Rejections none() {
            return new Rejections(null, null, null, null);
        }

        /** The rule across rows that a line breaks, or null; lines must be asked for in increasing order. */
        @Nullable Violation at(long lineNumber) {
            while (current != null && current.value1() < lineNumber) {
                current = cursor.hasNext() ? cursor.fetchNext() : null;
            }
            if (current == null || current.value1() != lineNumber) {
                return null;
            }
            if (Boolean.TRUE.equals(current.value4())) {
                return new Violation(idColumn, QuarantineReason.DUPLICATE_ID, idColumn + " " + current.value2()
                        + " is used by an earlier row");
            }
            String target = current.value3();
            return new Violation(reference.column(), QuarantineReason.UNKNOWN_REFERENCE,
                    reference.column() + " " + target + " is not in " + reference.target().fileName());
        }

        @Override
        public void close() {
            try {
                if (cursor != null) {
                    cursor.close();
                }
            } finally {
                closeQuietly(connection);
            }
        }
    }
}
