import { Body, Controller, Get, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { ApiErrors } from '../common/http/api-error-responses';
import { ACCOUNT_THROTTLER, CLIENT_THROTTLER, rateLimitHeaders } from './auth-throttling';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { CurrentUser } from './decorators/current-user.decorator';
import { Public } from './decorators/public.decorator';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { AuthResponseDto, UserDto } from './dto/user.dto';

/** A sign-up names a new account: only the per-client limit applies. */
const REGISTER_LIMITS = [CLIENT_THROTTLER];
const LOGIN_LIMITS = [ACCOUNT_THROTTLER, CLIENT_THROTTLER];

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ [ACCOUNT_THROTTLER]: true })
  @Post('register')
  @ApiOperation({
    summary: 'Sign up as a candidate or an employer',
    description: 'Anyone; staff accounts come from configuration only. Rate limited per client address.',
  })
  @ApiCreatedResponse({ type: AuthResponseDto, description: 'The new account and its access token', headers: rateLimitHeaders(REGISTER_LIMITS) })
  @ApiErrors(
    { status: 400, headers: rateLimitHeaders(REGISTER_LIMITS) },
    { status: 409, description: 'An account with this e-mail address exists (whatever its case)', headers: rateLimitHeaders(REGISTER_LIMITS) },
    { status: 429, headers: rateLimitHeaders(REGISTER_LIMITS, { retryAfter: true }) },
  )
  register(@Body() body: RegisterDto): Promise<AuthResponseDto> {
    return this.auth.register(body);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in with e-mail and password',
    description: 'Anyone. Rate limited per client address and e-mail, and per client address.',
  })
  @ApiOkResponse({ type: AuthResponseDto, description: 'The account and a fresh access token', headers: rateLimitHeaders(LOGIN_LIMITS) })
  @ApiErrors(
    { status: 400, headers: rateLimitHeaders(LOGIN_LIMITS) },
    { status: 401, description: 'Wrong e-mail or password (the same answer for both)', headers: rateLimitHeaders(LOGIN_LIMITS) },
    { status: 429, headers: rateLimitHeaders(LOGIN_LIMITS, { retryAfter: true }) },
  )
  login(@Body() body: LoginDto): Promise<AuthResponseDto> {
    return this.auth.login(body);
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in account', description: 'Any signed-in account.' })
  @ApiOkResponse({ type: UserDto, description: 'Who the access token belongs to' })
  @ApiErrors(401)
  me(@CurrentUser() user: AuthenticatedUser): UserDto {
    return this.auth.me(user);
  }
}
