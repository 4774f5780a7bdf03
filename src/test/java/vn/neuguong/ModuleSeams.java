package vn.neuguong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds where a module's SQL names a table, a view or a function that another module's migrations create
 * (docs/DESIGN.md, "Module seams"). It reads the string literals and text blocks of the Java sources, so a comment
 * or a Java name does not count, and only the statements that look like SQL (an upper-case keyword) are read, so a
 * sentence such as "moved from organization" is not taken for a query.
 */
final class ModuleSeams {

    /** Shared infrastructure (event publication, sessions, locks, the demo data mark): every module may use it. */
    static final String PLATFORM = "platform";

    enum Use {
        WRITES("writes"),
        READS("reads"),
        CALLS("calls");

        final String verb;

        Use(String verb) {
            this.verb = verb;
        }
    }

    /** One name a file's SQL uses, on the line of the literal that holds it. */
    record Reference(Use use, String name, int line) {}

    /** A module naming what another module owns. */
    record Violation(String module, String file, Use use, String name, String owner) {

        @Override
        public String toString() {
            String what = use == Use.CALLS ? name + "()" : name;
            return module + " " + file + ": " + use.verb + " " + what + " (owned by " + owner + ")";
        }
    }

    /** Which module owns each table (views count as tables) and each SQL function. */
    record Owners(Map<String, String> tables, Map<String, String> functions) {

        private static final Pattern CREATE =
                Pattern.compile("(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(TABLE|MATERIALIZED\\s+VIEW|VIEW|FUNCTION)"
                        + "\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:\\w+\\.)?(\\w+)");

        /** Reads {@code <migrations>/<module>/*.sql}: a module owns what its folder creates. */
        static Owners fromMigrations(Path migrations) {
            Map<String, String> tables = new TreeMap<>();
            Map<String, String> functions = new TreeMap<>();
            try (Stream<Path> files = Files.walk(migrations)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                    String module = migrations.relativize(file).getName(0).toString();
                    String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
                    Matcher create = CREATE.matcher(sql);
                    while (create.find()) {
                        Map<String, String> into = create.group(1).equalsIgnoreCase("FUNCTION") ? functions : tables;
                        into.put(create.group(2).toLowerCase(Locale.ROOT), module);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Owners(tables, functions);
        }
    }

    private ModuleSeams() {}

    /** Every name of {@code owners} that the SQL in {@code javaSource} uses and that {@code module} does not own. */
    static List<Violation> violations(String module, String file, String javaSource, Owners owners) {
        Set<Violation> found = new LinkedHashSet<>();
        for (Reference reference : references(javaSource)) {
            Map<String, String> names = reference.use() == Use.CALLS ? owners.functions() : owners.tables();
            String owner = names.get(reference.name());
            if (owner != null && !owner.equals(module) && !owner.equals(PLATFORM)) {
                found.add(new Violation(module, file, reference.use(), reference.name(), owner));
            }
        }
        return List.copyOf(found);
    }

    /** The tables written, the tables read and the functions called in the SQL literals of a Java source. */
    static List<Reference> references(String javaSource) {
        List<Reference> references = new ArrayList<>();
        for (JavaStrings.Literal literal : JavaStrings.of(javaSource)) {
            if (SqlTokens.looksLikeSql(literal.text())) {
                for (Reference reference : SqlTokens.of(literal.text()).references()) {
                    references.add(new Reference(reference.use(), reference.name(), literal.line()));
                }
            }
        }
        return references;
    }

    /** The string literals and text blocks of a Java source; literals joined by {@code +} alone read as one. */
    static final class JavaStrings {

        record Literal(String text, int line) {}

        private JavaStrings() {}

        static List<Literal> of(String source) {
            List<Literal> literals = new ArrayList<>();
            int lastEnd = -1;
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    i = endOfLine(source, i);
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    i = end < 0 ? source.length() : end + 2;
                } else if (c == '\'') {
                    i = skipQuoted(source, i + 1, '\'');
                } else if (c == '"') {
                    boolean block = source.startsWith("\"\"\"", i);
                    int start = block ? i + 3 : i + 1;
                    int end = block ? endOfTextBlock(source, start) : skipQuoted(source, start, '"') - 1;
                    String text = unescape(source.substring(start, Math.min(end, source.length())));
                    boolean joined =
                            lastEnd >= 0 && source.substring(lastEnd, i).matches("\\s*\\+\\s*");
                    if (joined) {
                        Literal previous = literals.remove(literals.size() - 1);
                        literals.add(new Literal(previous.text() + text, previous.line()));
                    } else {
                        literals.add(new Literal(text, lineOf(source, i)));
                    }
                    i = block ? end + 3 : end + 1;
                    lastEnd = i;
                } else {
                    i++;
                }
            }
            return literals;
        }

        private static int endOfLine(String source, int from) {
            int end = source.indexOf('\n', from);
            return end < 0 ? source.length() : end;
        }

        /** The index just past the closing quote. */
        private static int skipQuoted(String source, int from, char quote) {
            int i = from;
            while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            return i + 1;
        }

        private static int endOfTextBlock(String source, int from) {
            int i = from;
            while (i < source.length() && !source.startsWith("\"\"\"", i)) {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            return i;
        }

        private static String unescape(String text) {
            return text.replace("\\\n", "")
                    .replace("\\n", "\n")
                    .replace("\\t", " ")
                    .replace("\\\"", "\"")
                    .replace("\\'", "'")
                    .replace("\\\\", "\\");
        }

        private static int lineOf(String source, int index) {
            int line = 1;
            for (int i = 0; i < index; i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** A SQL text as identifiers and punctuation, without its comments, string constants and parameters. */
    static final class SqlTokens {

        private static final Pattern SQL_KEYWORD =
                Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|MERGE|TRUNCATE|FROM|JOIN|INTO|WHERE|TABLE|USING)\\b");

        /** Where a list of tables after FROM or USING ends. */
        private static final Set<String> END_OF_LIST = Set.of(
                "WHERE",
                "GROUP",
                "HAVING",
                "ORDER",
                "LIMIT",
                "OFFSET",
                "UNION",
                "INTERSECT",
                "EXCEPT",
                "WINDOW",
                "RETURNING",
                "SET",
                "FOR",
                "VALUES",
                "SELECT",
                "FETCH");

        private static final Set<String> NOT_A_NAME = Set.of("ONLY", "LATERAL", "TABLE", "IF", "EXISTS");

        private final List<String> tokens;
        private final List<Integer> depths;

        private SqlTokens(List<String> tokens, List<Integer> depths) {
            this.tokens = tokens;
            this.depths = depths;
        }

        static boolean looksLikeSql(String text) {
            return SQL_KEYWORD.matcher(text).find();
        }

        static SqlTokens of(String sql) {
            List<String> tokens = new ArrayList<>();
            List<Integer> depths = new ArrayList<>();
            int depth = 0;
            int i = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (sql.startsWith("--", i)) {
                    int end = sql.indexOf('\n', i);
                    i = end < 0 ? sql.length() : end;
                } else if (sql.startsWith("/*", i)) {
                    int end = sql.indexOf("*/", i + 2);
                    i = end < 0 ? sql.length() : end + 2;
                } else if (c == '\'') {
                    int end = i + 1;
                    while (end < sql.length() && (sql.charAt(end) != '\'' || sql.startsWith("''", end))) {
                        end += sql.startsWith("''", end) ? 2 : 1;
                    }
                    i = end + 1;
                } else if (sql.startsWith("::", i) || c == ':' || c == '$') {
                    // a cast's type, a named parameter or a positional one: never a table
                    i += sql.startsWith("::", i) ? 2 : 1;
                    while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                        i++;
                    }
                } else if (Character.isLetter(c) || c == '_' || c == '"') {
                    int end = i;
                    StringBuilder name = new StringBuilder();
                    while (end < sql.length()) {
                        if (sql.charAt(end) == '"') {
                            int close = sql.indexOf('"', end + 1);
                            close = close < 0 ? sql.length() : close;
                            name.append(sql, end + 1, close);
                            end = close + 1;
                        } else if (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_') {
                            name.append(sql.charAt(end++));
                        } else if (sql.charAt(end) == '.') {
                            // schema.table reads as the table: keep the last part
                            name.setLength(0);
                            end++;
                        } else {
                            break;
                        }
                    }
                    tokens.add(name.toString());
                    depths.add(depth);
                    i = end;
                } else {
                    if (c == ')') {
                        depth--;
                    }
                    if (c == '(' || c == ')' || c == ',' || c == ';') {
                        tokens.add(String.valueOf(c));
                        depths.add(depth);
                    }
                    if (c == '(') {
                        depth++;
                    }
                    i++;
                }
            }
            return new SqlTokens(tokens, depths);
        }

        List<Reference> references() {
            List<Reference> references = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String word = keyword(i);
                String before = keyword(i - 1);
                if (isName(i) && "(".equals(token(i + 1))) {
                    references.add(new Reference(Use.CALLS, name(i), 0));
                }
                switch (word) {
                    case "INTO" -> target(i + 1, Use.WRITES, references);
                    case "UPDATE" -> {
                        if (!before.equals("FOR") && !before.equals("KEY") && !before.equals("DO")) {
                            target(i + 1, Use.WRITES, references);
                        }
                    }
                    case "TABLE" ->
                        target(
                                i + 1,
                                Set.of("ALTER", "TRUNCATE", "DROP", "LOCK", "CREATE")
                                                .contains(before)
                                        ? Use.WRITES
                                        : Use.READS,
                                references);
                    case "TRUNCATE", "LOCK" -> target(i + 1, Use.WRITES, references);
                    case "FROM" -> {
                        if (before.equals("DELETE")) {
                            target(i + 1, Use.WRITES, references);
                        } else if (!before.equals("DISTINCT")) {
                            list(i + 1, references);
                        }
                    }
                    case "JOIN" -> target(i + 1, Use.READS, references);
                    case "USING" -> list(i + 1, references);
                    default -> {}
                }
            }
            return references;
        }

        /** The one table named at {@code i} (after ONLY or LATERAL). */
        private int target(int i, Use use, List<Reference> references) {
            int at = i;
            while (NOT_A_NAME.contains(keyword(at))) {
                at++;
            }
            if (isName(at)) {
                references.add(new Reference(use, name(at), 0));
            }
            return at;
        }

        /**
         * A FROM list: {@code a x, b y JOIN c ON ..., (SELECT ...) z}, up to the clause after it or the parenthesis
         * that closes it; sub-queries are read on their own.
         */
        private void list(int i, List<Reference> references) {
            if (i >= tokens.size()) {
                return;
            }
            int depth = depths.get(i);
            int at = target(i, Use.READS, references);
            while (at < tokens.size() && depths.get(at) >= depth) {
                if (depths.get(at) == depth) {
                    String token = tokens.get(at);
                    if (token.equals(";") || END_OF_LIST.contains(keyword(at))) {
                        return;
                    }
                    if (token.equals(",")) {
                        at = target(at + 1, Use.READS, references);
                        continue;
                    }
                }
                at++;
            }
        }

        private String token(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i) : "";
        }

        private String keyword(int i) {
            return token(i).toUpperCase(Locale.ROOT);
        }

        private String name(int i) {
            return token(i).toLowerCase(Locale.ROOT);
        }

        private boolean isName(int i) {
            String token = token(i);
            return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_');
        }
    }

    /** Every violation in the main sources of every module folder under {@code sources}. */
    static List<Violation> scan(Path sources, Owners owners) {
        List<Violation> violations = new ArrayList<>();
        try (Stream<Path> modules = Files.list(sources)) {
            for (Path moduleFolder : modules.filter(Files::isDirectory).sorted().toList()) {
                String module = moduleFolder.getFileName().toString();
                try (Stream<Path> files = Files.walk(moduleFolder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                            .sorted()
                            .toList()) {
                        String name = moduleFolder.relativize(file).toString().replace('\\', '/');
                        violations.addAll(violations(module, name, Files.readString(file), owners));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }
}
