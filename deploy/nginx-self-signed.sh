#!/bin/sh
# Runs from the nginx image's /docker-entrypoint.d before nginx starts. Leaves a certificate that is
# already in /etc/nginx/tls alone (yours, or the one made on an earlier start); otherwise makes a
# self-signed one for TLS_HOSTNAME (default localhost) so the stack starts with HTTPS at once.
set -eu
dir=/etc/nginx/tls
name="${TLS_HOSTNAME:-localhost}"
if [ -s "$dir/fullchain.pem" ] && [ -s "$dir/privkey.pem" ]; then
  exit 0
fi
mkdir -p "$dir"
umask 077
openssl req -x509 -nodes -newkey rsa:2048 -sha256 -days 825 \
  -keyout "$dir/privkey.pem.tmp" -out "$dir/fullchain.pem.tmp" \
  -subj "/CN=$name" \
  -addext "subjectAltName=DNS:$name,DNS:localhost,IP:127.0.0.1" \
  -addext "basicConstraints=critical,CA:FALSE" \
  -addext "extendedKeyUsage=serverAuth"
chmod 644 "$dir/fullchain.pem.tmp"
mv "$dir/privkey.pem.tmp" "$dir/privkey.pem"
mv "$dir/fullchain.pem.tmp" "$dir/fullchain.pem"
echo "pavilion: made a self-signed certificate for $name in $dir; replace it with a real one"
