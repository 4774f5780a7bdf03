package vn.neuguong.directive;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document's number as the party writes it, {@code 347-KH/QU}: the sequence (two digits at least), the type code and
 * the issuer code. Party documents are numbered per committee term, not per year (Hướng dẫn 36-HD/VPTW, 2018,
 * II.1.3.1): the sequence runs from 01 for each issuer and type within the term of the issuing committee, so the same
 * text recurs in every term and, since issuer codes repeat from district to district, at every committee. Only the
 * number together with its issuer and {@code termId} names one document; a number printed on a document from outside
 * the tree has no term here.
 *
 * @param termId the committee term the sequence belongs to, null for a number read from a printed document
 */
record DocumentNumber(int sequence, String typeCode, String issuerCode, Long termId) {

    /** A printed number: sequence, type code, issuer code, e.g. {@code 05-CT/TW} or {@code 111-HD/ĐU}. */
    static final String PATTERN = "(\\d{1,6})-(\\p{L}{1,5})/([\\p{L}\\p{N}-]{1,20})";

    /** What a congress's documents carry for an issuer code, and the name of their shared sequence: 01-NQ/ĐH. */
    static final String CONGRESS_CODE = "ĐH";

    private static final Pattern NUMBER = Pattern.compile(PATTERN);

    /** The number printed as {@code text}, without a term; empty when the text is not a number. */
    static Optional<DocumentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = NUMBER.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new DocumentNumber(Integer.parseInt(matcher.group(1)), matcher.group(2), matcher.group(3), null));
    }

    /** The number of a document of the issuer's own series in a term. */
    static DocumentNumber inTerm(int sequence, String typeCode, String issuerCode, long termId) {
        return new DocumentNumber(sequence, typeCode, issuerCode, termId);
    }

    /** The number of a congress's document: one sequence for every type, the congress's code for issuer. */
    static DocumentNumber ofCongress(int sequence, String typeCode, long termId) {
        return new DocumentNumber(sequence, typeCode, CONGRESS_CODE, termId);
    }

    /** As printed: 05-CT/TW, 01-NQ/ĐH. */
    String text() {
        return "%02d-%s/%s".formatted(sequence, typeCode, issuerCode);
    }

    @Override
    public String toString() {
        return text();
    }
}
