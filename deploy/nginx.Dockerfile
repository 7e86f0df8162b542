# nginx with openssl, so the first start can make a self-signed certificate (deploy/nginx-self-signed.sh).
FROM nginx:1.27-alpine
RUN apk add --no-cache openssl
COPY nginx-self-signed.sh /docker-entrypoint.d/40-pavilion-self-signed.sh
RUN chmod 755 /docker-entrypoint.d/40-pavilion-self-signed.sh
