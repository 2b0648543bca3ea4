package ru.nastavnik.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client against the running application, as a browser, Tasklist or Camunda Modeler talks to it. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Reply(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private String authorization;
    private final Map<String, String> headers = new java.util.LinkedHashMap<>();

    public Http(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** HTTP Basic for /engine-rest. */
    public Http as(String user, String password) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** A header sent with every further request, as a browser or an attacker adds it (Origin, a stray Authorization). */
    public Http header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Logs into the Camunda web applications as Tasklist's login page does; keeps the session and the CSRF token. */
    public Reply loginToTasklist(String user, String password) {
        Reply welcome = get("/camunda/app/tasklist/");
        if (welcome.status() >= 400) {
            return welcome;
        }
        Reply login = send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
        get("/camunda/app/tasklist/");
        return login;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, text/html, */*").GET());
    }

    /** A document to download: status, content type and the bytes as sent. */
    public record Download(int status, String contentType, byte[] body) { }

    public Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply getHtml(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
    }

    /** An HTML form's post, as a script sends it (asking for JSON back). */
    public Reply postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A form posted by a browser from a page at {@code origin} (null: a client that sends no Origin), fields in order, a
     * name may repeat (checkboxes); the answer is HTML.
     */
    public Reply postPage(String path, List<Map.Entry<String, String>> fields, String origin) {
        String body = fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    public String base() {
        return base;
    }

    /** A PUT without a body, as /engine-rest/group/{id}/members/{user} takes it. */
    public Reply put(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply putJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method with an optional JSON body (PUT, DELETE, ...), as a script or Tasklist calls the REST APIs. */
    public Reply json(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A file posted as an HTML form's file field "file" does (a bank upload). */
    public Reply upload(String path, String fileName, byte[] content) {
        return postMultipart(path, Map.of(), Map.of("file", content), fileName);
    }

    /** A multipart form as Camunda Modeler sends a deployment to /engine-rest/deployment/create: fields, then files. */
    public Reply postMultipart(String path, Map<String, String> fields, Map<String, byte[]> files) {
        return postMultipart(path, fields, files, null);
    }

    private Reply postMultipart(String path, Map<String, String> fields, Map<String, byte[]> files, String fileName) {
        String boundary = "----nastavnik" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + (fileName == null ? name : fileName)
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Reply send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::setHeader);
        // like Tasklist's own code, echo the CSRF cookie of the current session in a header
        cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .reduce((first, second) -> second)
                .ifPresent(cookie -> request.header("X-XSRF-TOKEN", cookie.getValue()));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
