package io.github.raceguard.model;

import io.github.raceguard.source.ParsedFile;

import java.nio.file.Path;
import java.util.List;

/**
 * The program facts every rule reads, computed once per analysis: declared types, entities,
 * repositories, transaction contexts, method summaries. Rules never re-derive these.
 */
public final class ProjectModel {

    private final TypeIndex types;
    private final TypeResolver resolver;
    private final Entities entities;
    private final Repositories repositories;
    private final EntityMethods entityMethods;
    private final Transactions transactions;
    private final DataLayer dataLayer;
    private final CallGraph callGraph;
    private final ReadModifyWriteAnalysis readModifyWrites;
    private final SymbolSolverFallback solver;

    private final List<Path> resources;

    private ProjectModel(TypeIndex types, SymbolSolverFallback solver, List<Path> resources) {
        this.resources = List.copyOf(resources);
        this.types = types;
        this.solver = solver;
        this.resolver = new TypeResolver(types, solver);
        this.entities = new Entities(types);
        this.repositories = new Repositories(types);
        this.entityMethods = new EntityMethods(types);
        this.callGraph = new CallGraph(types, resolver);
        this.transactions = new Transactions(resolver, callGraph);
        this.dataLayer = new DataLayer(resolver, repositories, new MyBatisXml(resources));
        this.readModifyWrites = new ReadModifyWriteAnalysis(resolver, dataLayer, callGraph, entities, entityMethods, transactions);
    }

    /**
     * @param files       the parsed project sources
     * @param sourceRoots their source roots (for the symbol solver)
     * @param classpath   jars and class folders, may be empty
     * @param resources   non-Java files next to the sources (mapper XML, migrations), see
     *                    {@link io.github.raceguard.source.ResourceFiles}
     */
    public static ProjectModel build(List<ParsedFile> files, List<Path> sourceRoots, List<Path> classpath, List<Path> resources) {
        ClasspathIndex compiled = new ClasspathIndex(classpath);
        TypeIndex types = new TypeIndex(files, compiled);
        return new ProjectModel(types, new SymbolSolverFallback(sourceRoots, classpath), resources);
    }

    public static ProjectModel build(List<ParsedFile> files, List<Path> sourceRoots, List<Path> classpath) {
        return build(files, sourceRoots, classpath, List.of());
    }

    /** Resource files found next to the sources (MyBatis XML, Flyway / Liquibase migrations, schema.sql). */
    public List<Path> resources() {
        return resources;
    }

    public TypeIndex types() {
        return types;
    }

    public TypeResolver resolver() {
        return resolver;
    }

    public Entities entities() {
        return entities;
    }

    public Repositories repositories() {
        return repositories;
    }

    public EntityMethods entityMethods() {
        return entityMethods;
    }

    public Transactions transactions() {
        return transactions;
    }

    public CallGraph callGraph() {
        return callGraph;
    }

    public DataLayer dataLayer() {
        return dataLayer;
    }

    public ReadModifyWriteAnalysis readModifyWrites() {
        return readModifyWrites;
    }

    public SymbolSolverFallback symbolSolver() {
        return solver;
    }
}
