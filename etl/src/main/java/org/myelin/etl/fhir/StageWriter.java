package org.myelin.etl.fhir;

import org.jooq.Field;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.load.CopyWriter;

/**
 * COPYs the rows of one staging table: the CDM columns as mapped, text cut to the column's length (a FHIR code or
 * display can be longer than a source value column), then where the row came from and its references. In a table
 * whose rows get ids of their own, the id column holds the row's number in the table, in read order: resolution
 * makes it the id by adding the table's last id.
 */
final class StageWriter implements AutoCloseable {

    private final CopyWriter copy;
    private final int[] lengths;
    private final Object[] values;
    private final int cdmColumns;
    private final boolean numbered;
    private long number;

    StageWriter(CopyWriter copy, Table<?> table, boolean numbered) {
        this.copy = copy;
        this.numbered = numbered;
        Field<?>[] fields = table.fields();
        this.cdmColumns = fields.length;
        this.lengths = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            lengths[i] = fields[i].getDataType().hasLength() ? fields[i].getDataType().length() : 0;
        }
        this.values = new Object[cdmColumns + FhirStaging.ORIGIN.size()];
    }

    void write(StagedRow staged, long row, long seq, String type, String locator, String resourceId) {
        for (int i = 0; i < cdmColumns; i++) {
            Object value = staged.row().get(i);
            values[i] = lengths[i] > 0 && value instanceof String text ? fit(text, lengths[i]) : value;
        }
        if (numbered) {
            values[0] = ++number;
        }
        values[cdmColumns] = row;
        values[cdmColumns + 1] = seq;
        values[cdmColumns + 2] = type;
        values[cdmColumns + 3] = locator;
        values[cdmColumns + 4] = resourceId;
        values[cdmColumns + 5] = staged.patient();
        values[cdmColumns + 6] = staged.encounter();
        values[cdmColumns + 7] = staged.reference();
        copy.write(values);
    }

    static @Nullable String fit(@Nullable String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    @Override
    public void close() {
        copy.close();
    }
}
