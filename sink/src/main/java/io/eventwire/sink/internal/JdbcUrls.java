package io.eventwire.sink.internal;

import java.util.regex.Pattern;

/** JDBC URL helpers. */
public final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@]+:)[^@/]*@");

    private JdbcUrls() {
    }

    /** {@code jdbcUrl} with any password replaced by {@code ***}, fit for logs and messages. */
    public static String mask(String jdbcUrl) {
        String masked = PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1***");
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1***@");
    }
}
