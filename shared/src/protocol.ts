/** Bumped on any incompatible change to the wire; clients send it in the handshake's `auth.protocol`. */
export const PROTOCOL_VERSION = 1;

/** The expo's display name. */
export const EXPO_NAME = 'Pavilion — Greater Bay Area IP Exchange Expo';
