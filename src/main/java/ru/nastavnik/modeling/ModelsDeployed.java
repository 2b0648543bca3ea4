package ru.nastavnik.modeling;

/** Published once the release's process models and forms are deployed at start (a new version or the same one). */
public record ModelsDeployed(String deploymentId, String deploymentName) {
}
