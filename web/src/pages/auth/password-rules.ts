/** The password rule the API enforces (src/auth/dto/register.dto.ts, account.dto.ts): 12 to 256 characters. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
