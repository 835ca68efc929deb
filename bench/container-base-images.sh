#!/usr/bin/env bash
# Optional: makes stand-in base images for the Dockerfile on a machine that cannot pull the
# eclipse-temurin images, from Debian packages: a JDK 17 image to build in and a JRE 17 image to run on.
# The host's trust stores are copied in, so Maven inside the build trusts the servers (or the
# TLS-inspecting proxy) the host trusts.
# Needs root, debootstrap, a Debian mirror and a running Docker engine.
#
#   bench/container-base-images.sh                      # makes parlgraph-base:17-jdk and parlgraph-base:17-jre
#   bench/container-check.sh parlgraph-base:17-jdk parlgraph-base:17-jre
#
# Environment: DEBIAN_SUITE (bookworm), DEBIAN_MIRROR (http://deb.debian.org/debian),
# BUILD_TAG, RUNTIME_TAG, JAVA_CACERTS and CA_BUNDLE (the host's trust stores, Debian's paths by default).
set -euo pipefail

suite=${DEBIAN_SUITE:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
java_cacerts=${JAVA_CACERTS:-/etc/ssl/certs/java/cacerts}
ca_bundle=${CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# make_image TAG PACKAGE: a minimal Debian with PACKAGE, imported into the engine as TAG
make_image() {
	local tag=$1 package=$2 root="$work/$2"
	echo "== $tag: debootstrap $suite with $package"
	debootstrap --variant=minbase --include="$package,ca-certificates" "$suite" "$root" "$mirror" >"$work/$package.log" \
		|| { tail -20 "$work/$package.log"; exit 1; }
	cp "$java_cacerts" "$root/etc/ssl/certs/java/cacerts"
	cp "$ca_bundle" "$root/etc/ssl/certs/ca-certificates.crt"
	rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
	# JAVA_HOME as the Temurin images set it: mvnw and tools look there
	local java_home
	java_home=$(chroot "$root" readlink -f /usr/bin/java)
	java_home=${java_home%/bin/java}
	tar -C "$root" -c . | docker import \
		--change "ENV JAVA_HOME=$java_home" \
		--change 'ENV LANG=C.UTF-8' \
		--change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
		--change 'CMD ["bash"]' \
		- "$tag"
}

make_image "${BUILD_TAG:-parlgraph-base:17-jdk}" openjdk-17-jdk-headless
make_image "${RUNTIME_TAG:-parlgraph-base:17-jre}" openjdk-17-jre-headless
docker image ls parlgraph-base
