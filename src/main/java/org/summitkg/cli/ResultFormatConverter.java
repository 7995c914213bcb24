package org.summitkg.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.summitkg.rdf.ResultFormat;
import picocli.CommandLine;

/** Reads --format values case-insensitively and names the allowed ones when a value is wrong. */
final class ResultFormatConverter implements CommandLine.ITypeConverter<ResultFormat> {
    @Override
    public ResultFormat convert(String value) {
        try {
            return ResultFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("must be one of table, tsv, csv, json, was '" + value + "'");
        }
    }

    /** The allowed values, for help texts. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ResultFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
