package ru.nastavnik.migration;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.identity.Role;
import ru.nastavnik.web.StaffPages;

/** Moving running instances to another version, for the methodologist and the administrator: a plan, then a batch. */
@RestController
@RequestMapping("/api/migration")
class MigrationController {

    static final String FORBIDDEN = "Переносить экземпляры процессов на другую версию могут только методист и администратор.";

    private final Migrations migrations;

    MigrationController(Migrations migrations) {
        this.migrations = migrations;
    }

    @PostMapping("/plan")
    MigrationPreview plan(@RequestBody MigrationRequest migration, HttpServletRequest request) {
        StaffPages.require(request, FORBIDDEN, Role.METHODOLOGIST, Role.ADMINISTRATOR);
        return migrations.preview(migration);
    }

    @PostMapping("/run")
    MigrationStarted run(@RequestBody MigrationRequest migration, HttpServletRequest request) {
        StaffPages.require(request, FORBIDDEN, Role.METHODOLOGIST, Role.ADMINISTRATOR);
        return migrations.run(migration);
    }

    /** A grant taken away in Admin: the engine's own refusal, said in Russian. */
    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<Map<String, String>> notGranted(AuthorizationException refusal) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Map.of("message", "Движок не дал прав на перенос: " + refusal.getMessage()));
    }
}
