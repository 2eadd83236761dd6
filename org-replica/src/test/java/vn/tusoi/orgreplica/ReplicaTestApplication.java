package vn.tusoi.orgreplica;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
class ReplicaTestApplication {
}
