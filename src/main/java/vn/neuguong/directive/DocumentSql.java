package vn.neuguong.directive;

/**
 * The SQL other modules use to reach documents in a statement of their own, so that no module but this one names
 * the {@code document} tables (docs/DESIGN.md, "Module seams"). The caller binds the parameters it names.
 */
public final class DocumentSql {

    private DocumentSql() {}

    /** The id of the first document numbered {@code numberExpression} (as written), null if none: for demo data. */
    public static String idNumbered(String numberExpression) {
        return "(SELECT document_n.id FROM document document_n WHERE document_n.number_text = " + numberExpression
                + " ORDER BY document_n.id LIMIT 1)";
    }
}
