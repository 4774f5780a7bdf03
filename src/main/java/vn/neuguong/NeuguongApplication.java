package vn.neuguong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NeuguongApplication {

    public static void main(String[] args) {
        SpringApplication.run(NeuguongApplication.class, args);
    }
}
