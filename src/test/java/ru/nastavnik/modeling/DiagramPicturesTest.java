package ru.nastavnik.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.junit.jupiter.api.Test;

/** docs/diagrams/ shows every plane of every model in processes/ as it is now: tools/render redraws them. */
class DiagramPicturesTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path PICTURES = Path.of("docs", "diagrams");
    private static final String REDRAW = " is out of step with its BPMN: run tools/render and commit docs/diagrams/";

    @Test
    void everyPlaneOfEveryModelHasAPictureDrawnFromItsCurrentFile() throws IOException {
        List<Path> expected = new ArrayList<>();
        for (Path model : list(PROCESSES, ".bpmn")) {
            String name = model.getFileName().toString().replace(".bpmn", "");
            String stamp = "bpmn-sha256: " + sha256(model);
            BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
            for (BpmnDiagram diagram : bpmn.getModelElementsByType(BpmnDiagram.class)) {
                var element = diagram.getBpmnPlane().getBpmnElement();
                Path picture = PICTURES.resolve(element instanceof Process || element instanceof Collaboration || element == null
                        ? name + ".svg" : name + "--" + element.getAttributeValue("id") + ".svg");
                expected.add(picture);
                assertThat(picture).as(picture + " is missing: run tools/render").exists();
                assertThat(Files.readString(picture, StandardCharsets.UTF_8)).as(picture + REDRAW).contains(stamp);
            }
        }
        assertThat(list(PICTURES, ".svg")).as("pictures of models that no longer exist: run tools/render")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> list(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
