-- One schema per service; each service migrates its own with Flyway.
CREATE DATABASE IF NOT EXISTS tusoi_org CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS tusoi_review CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS tusoi_notification CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS tusoi_gateway CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
