package ru.nastavnik.district;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Russia's eleven time zones, as schools name them: «МСК+2», or by the zone's city. */
enum RussianTimeZone {

    KALININGRAD("МСК−1", "Калининград", "Europe/Kaliningrad"),
    MOSCOW("МСК", "Москва", "Europe/Moscow"),
    SAMARA("МСК+1", "Самара", "Europe/Samara"),
    YEKATERINBURG("МСК+2", "Екатеринбург", "Asia/Yekaterinburg"),
    OMSK("МСК+3", "Омск", "Asia/Omsk"),
    KRASNOYARSK("МСК+4", "Красноярск", "Asia/Krasnoyarsk"),
    IRKUTSK("МСК+5", "Иркутск", "Asia/Irkutsk"),
    YAKUTSK("МСК+6", "Якутск", "Asia/Yakutsk"),
    VLADIVOSTOK("МСК+7", "Владивосток", "Asia/Vladivostok"),
    MAGADAN("МСК+8", "Магадан", "Asia/Magadan"),
    KAMCHATKA("МСК+9", "Петропавловск-Камчатский", "Asia/Kamchatka");

    private final String offset;
    private final String city;
    private final ZoneId zone;

    RussianTimeZone(String offset, String city, String zone) {
        this.offset = offset;
        this.city = city;
        this.zone = ZoneId.of(zone);
    }

    public String title() {
        return offset + " (" + city + ")";
    }

    public ZoneId zone() {
        return zone;
    }

    /** «МСК+2», «мск +2», «Екатеринбург», «МСК+2 (Екатеринбург)» or «Asia/Yekaterinburg»; blank is Moscow. */
    static Optional<RussianTimeZone> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(MOSCOW);
        }
        String wanted = normal(text);
        return Arrays.stream(values()).filter(zone -> wanted.equals(normal(zone.offset)) || wanted.equals(normal(zone.city))
                || wanted.equals(normal(zone.title())) || wanted.equals(normal(zone.zone.getId()))).findFirst();
    }

    /** «МСК+2 (Екатеринбург)» for a zone of Russia, the zone's id otherwise. */
    static String titleOf(ZoneId zone) {
        return Arrays.stream(values()).filter(known -> known.zone.equals(zone)).findFirst().map(RussianTimeZone::title)
                .orElse(zone.getId());
    }

    static String known() {
        return String.join(", ", Arrays.stream(values()).map(zone -> zone.offset).toList());
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('-', '−').replaceAll("\\s+", "")
                .replace("msk", "мск");
    }
}
