package io.github.raceguard.model;


import io.github.raceguard.context.CallGraph;
import io.github.raceguard.types.ClasspathIndex;
import io.github.raceguard.datalayer.DataLayer;
import io.github.raceguard.flow.AtomicUpdates;
import io.github.raceguard.flow.DataWrites;
import io.github.raceguard.persistence.Entities;
import io.github.raceguard.persistence.EntityMethods;
import io.github.raceguard.flow.ExistenceChecks;
import io.github.raceguard.datalayer.ExternalCalls;
import io.github.raceguard.flow.FieldAccesses;
import io.github.raceguard.context.Fields;
import io.github.raceguard.persistence.Migrations;
import io.github.raceguard.datalayer.MyBatisXml;
import io.github.raceguard.flow.ReadModifyWriteAnalysis;
import io.github.raceguard.persistence.Repositories;
import io.github.raceguard.context.Retries;
import io.github.raceguard.context.Scheduling;
import io.github.raceguard.context.Singletons;
import io.github.raceguard.types.SymbolSolverFallback;
import io.github.raceguard.context.Synchronization;
import io.github.raceguard.context.Transactions;
import io.github.raceguard.types.TypeIndex;
import io.github.raceguard.types.TypeResolver;
import io.github.raceguard.persistence.UniqueConstraints;
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
    private final Scheduling scheduling;
    private final DataWrites dataWrites;
    private final Retries retries;
    private final SymbolSolverFallback solver;
    private final Fields fields;
    private final Singletons singletons;
    private final Synchronization synchronization;
    private final FieldAccesses fieldAccesses;

    private final List<Path> resources;
    private final UniqueConstraints uniqueConstraints;
    private final ExistenceChecks existenceChecks;
    private final AtomicUpdates atomicUpdates;
    private final ExternalCalls externalCalls;
    private final io.github.raceguard.context.Messaging messaging;

    private ProjectModel(TypeIndex types, SymbolSolverFallback solver, List<Path> resources, List<ParsedFile> files) {
        this.resources = List.copyOf(resources);
        this.types = types;
        this.solver = solver;
        this.resolver = new TypeResolver(types, solver);
        this.entities = new Entities(types);
        this.repositories = new Repositories(types);
        this.entityMethods = new EntityMethods(types);
        this.callGraph = new CallGraph(types, resolver, files);
        this.transactions = new Transactions(resolver, new io.github.raceguard.context.CallingContexts(types, resolver, callGraph, files));
        this.dataLayer = new DataLayer(resolver, repositories, new MyBatisXml(resources));
        this.readModifyWrites = new ReadModifyWriteAnalysis(resolver, dataLayer, callGraph, entities, entityMethods, transactions);
        this.fields = new Fields(types);
        this.singletons = new Singletons(types, callGraph, repositories);
        this.synchronization = new Synchronization(fields, callGraph);
        this.fieldAccesses = new FieldAccesses(fields, synchronization, singletons);
        this.uniqueConstraints = new UniqueConstraints(types, new Migrations(resources));
        this.existenceChecks = new ExistenceChecks(resolver, dataLayer, callGraph, transactions, uniqueConstraints);
        this.scheduling = new Scheduling(resolver);
        this.externalCalls = new ExternalCalls(resolver);
        this.dataWrites = new DataWrites(resolver, dataLayer, callGraph, transactions, scheduling, externalCalls);
        this.messaging = new io.github.raceguard.context.Messaging(types, callGraph, files, resources);
        this.retries = new Retries(resolver);
        this.atomicUpdates = new AtomicUpdates(dataLayer, uniqueConstraints, types, files);
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
        return new ProjectModel(types, new SymbolSolverFallback(sourceRoots, classpath), resources, files);
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

    /** Fields: which one an expression denotes, and what its type promises under concurrency. */
    public Fields fields() {
        return fields;
    }

    /** Which objects concurrent requests share (singleton beans, servlets, filters) and their set-up methods. */
    public Singletons singletons() {
        return singletons;
    }

    /** Which locks are held at a point of the code. */
    public Synchronization synchronization() {
        return synchronization;
    }

    /** Per method: where fields are assigned, updated or changed through their methods, with the locks held. */
    public FieldAccesses fieldAccesses() {
        return fieldAccesses;
    }

    /** Scheduled jobs and distributed locks. */
    public Scheduling scheduling() {
        return scheduling;
    }

    /** Per-method summaries of what an operation writes (data layer and outbound calls). */
    public DataWrites dataWrites() {
        return dataWrites;
    }

    /** Retried code: annotations, retry templates, hand-written retry loops. */
    public Retries retries() {
        return retries;
    }

    /** Per entity or table: the columns the database keeps unique (mapping annotations and migrations). */
    public UniqueConstraints uniqueConstraints() {
        return uniqueConstraints;
    }

    /** Per method: existence checks that decide an insert (check-then-insert flows). */
    public ExistenceChecks existenceChecks() {
        return existenceChecks;
    }

    /** The entity columns changed by atomic or conditional updates anywhere, and which full writes revert them. */
    public AtomicUpdates atomicUpdates() {
        return atomicUpdates;
    }

    public SymbolSolverFallback symbolSolver() {
        return solver;
    }

    /** The one place deciding whether a call goes to another system (a message, an HTTP call, a payment). */
    public ExternalCalls externalCalls() {
        return externalCalls;
    }

    /** Message listeners and whether message senders take part in the database transaction. */
    public io.github.raceguard.context.Messaging messaging() {
        return messaging;
    }
}
