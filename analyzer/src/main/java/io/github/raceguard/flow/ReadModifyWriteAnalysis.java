package io.github.raceguard.flow;


import io.github.raceguard.context.CallGraph;
import io.github.raceguard.datalayer.DataLayer;
import io.github.raceguard.persistence.Entities;
import io.github.raceguard.persistence.EntityMethods;
import io.github.raceguard.context.Transactions;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import io.github.raceguard.report.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds read → modify → write sequences of persistent entities, one method at a time, and
 * composes them across methods through summaries (RacerD's shape): each method is walked once,
 * in source order, tracking which local values are entities read through the data layer (or
 * parameters, for the summary), which statements change them and which write them back.
 * A callee contributes its summary — "returns an entity it read", "changes parameter i",
 * "writes parameter i" — so a read in {@code load(..)} and a write in {@code persist(..)} meet in
 * the method that calls both, where the finding belongs (SPEC §1).
 *
 * <p>The walk is flow-insensitive across branches (a value read in one branch and written in
 * another still counts): lost updates hide exactly in such code, and the protections are
 * checked separately.
 */
public final class ReadModifyWriteAnalysis {



    final TypeResolver resolver;
    final DataLayer dataLayer;
    final CallGraph callGraph;
    final Entities entities;
    final EntityMethods entityMethods;
    final Transactions transactions;

    private final SummaryEngine<Summary> summaries;

    public ReadModifyWriteAnalysis(TypeResolver resolver, DataLayer dataLayer, CallGraph callGraph, Entities entities,
                                   EntityMethods entityMethods, Transactions transactions) {
        this.resolver = resolver;
        this.dataLayer = dataLayer;
        this.callGraph = callGraph;
        this.entities = entities;
        this.entityMethods = entityMethods;
        this.transactions = transactions;
        this.summaries = SummaryEngine.of(callGraph.components(), Summary.EMPTY, m -> new MethodWalk(this, m).run(), Summary::facts);
    }

    /** How many recursion cycles did not settle (their summaries may miss facts). */
    public int unconverged() {
        return summaries.unconverged();
    }

    /** The read-modify-writes whose composing method is {@code method}: written values that depend on what was read. */
    public List<ReadModifyWrite> findings(CallableDeclaration<?> method) {
        return summary(method).events.stream().filter(r -> !r.blind()).toList();
    }

    /** Every write-back of an entity read and changed, composed in {@code method}, blind overwrites included. */
    public List<ReadModifyWrite> writes(CallableDeclaration<?> method) {
        return summary(method).events;
    }

    /** What a method tells its callers; computed once. */
    static final class Summary {
        static final Summary EMPTY = new Summary();
        /** The entity value the method returns, when it returns one it read. */
        Value returned;
        final Map<Integer, List<Location>> changesParameter = new HashMap<>();
        final Map<Integer, List<Location>> writesParameter = new HashMap<>();
        /**
         * Parameters whose value the method writes into a row it read: with a bulk update
         * ({@code update ... set balance = ?}), or as the new value of a field of an entity it
         * re-reads ({@code p = find(id); p.setStock(newStock); save(p)}).
         */
        final Map<Integer, List<Location>> writesValueOfParameter = new HashMap<>();
        /** Those of {@link #writesValueOfParameter} written into a cache: a write-back only of a value read from the cache. */
        final Set<Integer> cacheValueParameters = new java.util.HashSet<>();
        /** Parameters whose change uses what the method read (its own state, or another read). */
        final Set<Integer> changeDependsOnRead = new java.util.HashSet<>();
        /** Parameter → the parameters its change uses (itself included when it reads its own state). */
        final Map<Integer, Set<Integer>> changeDependsOnParameters = new HashMap<>();
        final List<ReadModifyWrite> events = new ArrayList<>();

        /** What a recursion cycle's fixed point compares: the facts, not the steps that explain them. */
        Object facts() {
            List<Object> returnedFacts = returned == null ? List.of()
                    : List.of(returned.shape(), returned.tracked().read.location(), returned.tracked().changes.isEmpty());
            List<Object> eventFacts = new ArrayList<>();
            for (ReadModifyWrite e : events) {
                eventFacts.add(List.of(String.valueOf(e.read()), e.write(), e.kind(), e.protection(), e.blind()));
            }
            return List.of(returnedFacts, changesParameter.keySet(), writesParameter.keySet(), writesValueOfParameter.keySet(),
                    cacheValueParameters, changeDependsOnRead, changeDependsOnParameters, new java.util.HashSet<>(eventFacts));
        }
    }

    /** The method's summary, from the summary engine (a recursion cycle solved to a fixed point). */
    Summary summary(CallableDeclaration<?> method) {
        return summaries.summary(method);
    }

    // ---------------------------------------------------------------------------------------
}
