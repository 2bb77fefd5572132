package io.github.raceguard.types;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.PackageDeclaration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A file's package and imports as lookup tables, built once per file: name resolution asks them
 * for nearly every annotation and type in the tree, and walking the import list each time (with
 * JavaParser building each name's string anew) was a measurable share of the analysis.
 */
public final class Imports {

    private static final DataKey<Imports> KEY = new DataKey<>() {
    };
    private static final Imports NONE = new Imports("", Map.of(), List.of());

    private final String packageName;
    private final Map<String, String> singleTypes;
    private final List<String> wildcardPackages;

    private Imports(String packageName, Map<String, String> singleTypes, List<String> wildcardPackages) {
        this.packageName = packageName;
        this.singleTypes = singleTypes;
        this.wildcardPackages = wildcardPackages;
    }

    public static Imports of(Node context) {
        Optional<CompilationUnit> found = context.findCompilationUnit();
        if (found.isEmpty()) {
            return NONE;
        }
        CompilationUnit unit = found.get();
        synchronized (unit) {
            if (unit.containsData(KEY)) {
                return unit.getData(KEY);
            }
            Map<String, String> single = new HashMap<>();
            List<String> wildcards = new ArrayList<>();
            for (ImportDeclaration imp : unit.getImports()) {
                if (imp.isStatic()) {
                    continue;
                }
                String name = imp.getNameAsString();
                if (imp.isAsterisk()) {
                    wildcards.add(name);
                } else {
                    single.putIfAbsent(Names.simpleName(name), name);
                }
            }
            String pkg = unit.getPackageDeclaration().map(PackageDeclaration::getNameAsString).orElse("");
            Imports imports = new Imports(pkg, Map.copyOf(single), List.copyOf(wildcards));
            unit.setData(KEY, imports);
            return imports;
        }
    }

    /**
     * True when the file of {@code context} imports something (a type, a package, a static member)
     * below one of {@code packages}: how a file shows it uses a library whose calls are told apart
     * by name (jOOQ's DSL, JDBI's handles).
     */
    public static boolean anyUnder(Node context, Set<String> packages) {
        return context.findCompilationUnit().map(unit -> unit.getImports().stream()
                .map(ImportDeclaration::getNameAsString).anyMatch(name -> packages.stream().anyMatch(name::startsWith))).orElse(false);
    }

    /** The qualified name a single-type import gives {@code simpleName}, if any. */
    public Optional<String> single(String simpleName) {
        return Optional.ofNullable(singleTypes.get(simpleName));
    }

    public List<String> wildcardPackages() {
        return wildcardPackages;
    }

    public String packageName() {
        return packageName;
    }
}
