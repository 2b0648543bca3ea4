package ru.nastavnik.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The questionnaire files: questionnaires/*.json from the jar, then those of the external folder (read later, so they win). */
final class QuestionnaireFiles {

    record File(String name, String content) { }

    private QuestionnaireFiles() {
    }

    static List<File> inJar() {
        List<File> files = new ArrayList<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:questionnaires/*.json");
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    files.add(new File("questionnaires/" + resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Questionnaire files in the jar could not be read", e);
        }
        files.sort(Comparator.comparing(File::name));
        return files;
    }

    static List<File> in(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("Папка анкет " + folder.toAbsolutePath() + " (nastavnik.questionnaires.directory) не найдена.");
        }
        try (Stream<Path> paths = Files.list(folder)) {
            List<File> files = new ArrayList<>();
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                files.add(new File(path.toAbsolutePath().toString(), Files.readString(path, StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Questionnaire files in " + folder + " could not be read", e);
        }
    }
}
