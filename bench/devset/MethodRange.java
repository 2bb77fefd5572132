import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Prints the line range of every method or constructor named NAME in a Java file, one
 * "BEGIN END SIGNATURE" line each. Usage: java -cp raceguard.jar MethodRange.java FILE NAME [PARAMS]
 * where PARAMS, when given, is the comma-separated list of simple parameter type names
 * (e.g. "String,int"; "" for none) that selects one overload.
 */
public class MethodRange {
    public static void main(String[] args) throws Exception {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE);
        CompilationUnit cu = StaticJavaParser.parse(Path.of(args[0]));
        String name = args[1];
        String params = args.length > 2 ? args[2].replace(" ", "") : null;
        for (CallableDeclaration<?> m : cu.findAll(CallableDeclaration.class)) {
            if (!m.getNameAsString().equals(name)) continue;
            String sig = m.getParameters().stream().map(MethodRange::simpleType).collect(Collectors.joining(","));
            if (params != null && !params.equals(sig)) continue;
            if (m.getBegin().isEmpty() || m.getEnd().isEmpty()) continue;
            System.out.println(m.getBegin().get().line + " " + m.getEnd().get().line + " " + name + "(" + sig + ")");
        }
    }

    private static String simpleType(Parameter p) {
        String t = p.getType().asString();
        int lt = t.indexOf('<');
        if (lt >= 0) t = t.substring(0, lt);
        int dot = t.lastIndexOf('.');
        if (dot >= 0) t = t.substring(dot + 1);
        return t + (p.isVarArgs() ? "..." : "");
    }
}
