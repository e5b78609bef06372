# Drehscheibe: static binary on a minimal, non-root image.
#   docker build -t drehscheibe .
#   docker run -p 8080:8080 -e MONGODB_URI=mongodb://… drehscheibe
# The Go version is the one go.mod names (a test keeps them equal).
FROM golang:1.26.8-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server ./server \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
# the embedded database (only used without MONGODB_URI) writes here
COPY --from=build --chown=nonroot:nonroot /out/data /data
ENV PORT=8080 DATA_DIR=/data LOG_FORMAT=json
EXPOSE 8080
USER nonroot:nonroot
# alive = /healthz answers (the image has no shell or curl: the binary asks itself).
# Not /readyz: while the database is away the service still serves reads from its
# last snapshot, and a restart would throw that away.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["/server", "healthcheck"]
ENTRYPOINT ["/server"]
