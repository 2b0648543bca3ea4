package ru.nastavnik.web;

import static ru.nastavnik.common.Refused.Kind.FORBIDDEN;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;

import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.CurrentUser;
import ru.nastavnik.identity.Role;

/** What every page of ours (banks, orders, reports) does alike: who may see it, JSON or HTML, documents to download. */
public final class StaffPages {

    public static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private StaffPages() {
    }

    /** The signed-in person, if they hold one of the roles; otherwise a 403 with the Russian reason. */
    public static CurrentUser require(HttpServletRequest request, String reason, Role... roles) {
        CurrentUser user = CurrentUser.of(request);
        if (!user.hasAnyRole(roles)) {
            throw new Refused(FORBIDDEN, reason);
        }
        return user;
    }

    /** JSON when the client prefers it to HTML (scripts, a page's own upload script); HTML otherwise. */
    public static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            MimeTypeUtils.sortBySpecificity(types);
            for (MediaType type : types) {
                if (type.getQualityValue() > 0 && !type.isWildcardType() && type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                    return true;
                }
                if (type.getQualityValue() > 0 && !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML)) {
                    return false;
                }
            }
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return false;
    }

    /** A document to save, named in Russian for current browsers with an ASCII name for the rest. */
    public static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name, String asciiName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name, asciiName))
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /** RFC 6266 with an RFC 5987 UTF-8 name and an ASCII fallback. */
    static String attachment(String name, String asciiName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
    }
}
