package vn.neuguong.directive;

/**
 * The SQL other modules use to show or filter documents in a statement of their own, so that no module but this one
 * names the {@code document} table (docs/DESIGN.md, "Module seams"). Each method returns an expression or a
 * condition over a column holding a document id; the caller binds the parameters a method names.
 */
public final class DocumentSql {

    private DocumentSql() {}

    /** The id of the first document numbered {@code numberExpression} (as written), null if none: for demo data. */
    public static String idNumbered(String numberExpression) {
        return "(SELECT document_n.id FROM document document_n WHERE document_n.number_text = " + numberExpression
                + " ORDER BY document_n.id LIMIT 1)";
    }

    /** The document's full number as printed ("347-KH/QU"); null when {@code idColumn} is null. */
    public static String numberText(String idColumn) {
        return "(SELECT document_n.number_text FROM document document_n WHERE document_n.id = " + idColumn + ")";
    }

    /** The organization that issued the document in the system; null for a document registered from outside. */
    public static String issuerId(String idColumn) {
        return "(SELECT document_i.issuer_id FROM document document_i WHERE document_i.id = " + idColumn + ")";
    }

    /**
     * A table of the documents as {@link DocumentSummary} reads them, for a picker or a lookup in a statement of
     * another module. Give it an alias; its columns: {@code id}, {@code number}, {@code type_code},
     * {@code issuer_id} (null when registered from outside), {@code issuer_name}, {@code issued_on}, {@code summary}
     * and {@code search_text} (number and summary folded for search: compare with {@code fold_vi(:q)}).
     */
    public static String summaries() {
        return "(SELECT document_s.id, document_s.number_text AS number, document_s.type_code, document_s.issuer_id,"
                + " COALESCE(" + vn.neuguong.organization.TreeSql.name("document_s.issuer_id")
                + ", document_s.external_issuer_name) AS issuer_name, document_s.issued_on, document_s.summary,"
                + " document_s.search_text FROM document document_s)";
    }
}
