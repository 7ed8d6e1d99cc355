package org.myelin.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option's count, which must be 1 or more (a picocli converter): a lower one is a bad option, as a word is. */
public final class AtLeastOne implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int count;
        try {
            count = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (count < 1) {
            throw new TypeConversionException("must be 1 or more, not " + count);
        }
        return count;
    }
}
