package io.github.raceguard.model;

import io.github.raceguard.source.ParsedFile;
import io.github.raceguard.source.SourceParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes small source files to a folder, parses them and builds the project model. */
public final class ModelFixtures {
    private ModelFixtures() {
    }

    public static ProjectModel model(Path dir, Map<String, String> sources) throws IOException {
        return model(dir, sources, Map.of());
    }

    /** With resource files (migrations, mapper XML) written next to the sources and handed to the model. */
    public static ProjectModel model(Path dir, Map<String, String> sources, Map<String, String> resourceFiles) throws IOException {
        List<Path> resources = new ArrayList<>();
        for (Map.Entry<String, String> resource : new java.util.TreeMap<>(resourceFiles).entrySet()) {
            Path file = dir.resolve(resource.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, resource.getValue());
            resources.add(file);
        }
        List<ParsedFile> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = dir.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            SourceParser.Outcome outcome = SourceParser.parse(file);
            if (outcome.file() == null) {
                throw new IllegalArgumentException(outcome.notification().message());
            }
            files.add(outcome.file());
        }
        return ProjectModel.build(files, List.of(dir), List.of(), resources);
    }
}
