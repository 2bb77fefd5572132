package io.github.raceguard.rules;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.raceguard.model.ProjectModel;
import io.github.raceguard.report.Finding;
import io.github.raceguard.report.Location;

import java.util.List;
import java.util.function.Consumer;

/** What a rule sees of one method: the declaration, the model, and where findings go. */
public final class MethodContext {

    private final CallableDeclaration<?> method;
    private final ProjectModel model;
    private final Consumer<Finding> sink;

    public MethodContext(CallableDeclaration<?> method, ProjectModel model, Consumer<Finding> sink) {
        this.method = method;
        this.model = model;
        this.sink = sink;
    }

    public CallableDeclaration<?> method() {
        return method;
    }

    public ProjectModel model() {
        return model;
    }

    /** {@code com.acme.Type#method}: how baselines and notifications name a method. */
    public String memberName() {
        return memberName(method);
    }

    public static String memberName(CallableDeclaration<?> method) {
        String type = method.findAncestor(TypeDeclaration.class)
                .flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName())
                .orElse("?");
        return type + "#" + method.getNameAsString();
    }

    public void report(RuleDescriptor rule, String message, Location primary, List<Location> related, List<Location> flow) {
        report(rule, rule.defaultLevel(), message, primary, related, flow);
    }

    /** A finding at another level than the rule's default: a harmless shape of it ranks as a note. */
    public void report(RuleDescriptor rule, io.github.raceguard.report.Level level, String message, Location primary,
                       List<Location> related, List<Location> flow) {
        sink.accept(new Finding(rule.id(), level, message, primary, related, flow, memberName()));
    }
}
