package io.eventwire.runner.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where option values come from when a flag is not given: the {@code EVENTWIRE_<OPTION>} environment
 * variable, then the properties file named by {@code --config} or {@code EVENTWIRE_CONFIG} (keys are
 * the option names without dashes, e.g. {@code jdbc-url}), then the option's built-in default.
 * Kafka client properties come from {@code EVENTWIRE_KAFKA_<NAME>} variables
 * ({@code EVENTWIRE_KAFKA_SECURITY_PROTOCOL} is {@code security.protocol}) and {@code kafka.*} keys.
 */
public final class ConfigSources implements IDefaultValueProvider {

    private static final String ENV_PREFIX = "EVENTWIRE_";
    private static final String KAFKA_ENV_PREFIX = ENV_PREFIX + "KAFKA_";
    private static final String KAFKA_FILE_PREFIX = "kafka.";

    private final Map<String, String> environment;
    private final Properties file;

    public ConfigSources(Map<String, String> environment, Properties file) {
        this.environment = Map.copyOf(environment);
        this.file = file;
    }

    /** Sources for a command line: the config file is found in the arguments or the environment. */
    public static ConfigSources forArguments(String[] args, Map<String, String> environment) {
        Optional<Path> configFile = configFile(args).or(() -> Optional.ofNullable(environment.get(ENV_PREFIX + "CONFIG")))
                .map(Path::of);
        return new ConfigSources(environment, configFile.map(ConfigSources::load).orElseGet(Properties::new));
    }

    @Override
    public @Nullable String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option) || option.longestName().equals("--kafka")
                || option.longestName().equals("--config")) {
            return null;
        }
        String name = option.longestName().replaceFirst("^--", "");
        String fromEnvironment = environment.get(ENV_PREFIX + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        return file.getProperty(name, option.defaultValue());
    }

    /** Kafka client properties from the environment and the file; the command line's win over both. */
    public Map<String, String> kafkaProperties(Map<String, String> fromCommandLine) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (String key : file.stringPropertyNames()) {
            if (key.startsWith(KAFKA_FILE_PREFIX)) {
                merged.put(key.substring(KAFKA_FILE_PREFIX.length()), file.getProperty(key));
            }
        }
        environment.forEach((key, value) -> {
            if (key.startsWith(KAFKA_ENV_PREFIX)) {
                merged.put(key.substring(KAFKA_ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        merged.putAll(fromCommandLine);
        return merged;
    }

    private static Optional<String> configFile(String[] args) {
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (arg.equals("--config") && i + 1 < list.size()) {
                return Optional.of(list.get(i + 1));
            }
            if (arg.startsWith("--config=")) {
                return Optional.of(arg.substring("--config=".length()));
            }
        }
        return Optional.empty();
    }

    private static Properties load(Path path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config file " + path + ": " + e.getMessage(), e);
        }
    }
}
